"""Storage: SQLCipher engine, vault, models, migrations, unit of work. No Qt."""
