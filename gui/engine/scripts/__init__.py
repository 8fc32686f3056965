"""Script conversion: the five reading scripts with offset-exact maps between them."""
