"""almareg."""
