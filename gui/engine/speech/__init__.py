"""Who said what: quotation marks, speech versus terms, speakers, titles and reported speech."""
