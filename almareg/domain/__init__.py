"""Pure domain: enums, rules, calendar, deadline arithmetic, validation. No database, no Qt."""
