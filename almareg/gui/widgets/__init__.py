"""Small reusable widgets: the urgency legend, the subject picker."""
