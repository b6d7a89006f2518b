"""Staff side of translation: translator groups, review of translations, status reports."""
