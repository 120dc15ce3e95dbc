"""The page and its reports: where each report starts and ends, who wrote the page and when, each meeting's date,
and the context every extractor receives."""
