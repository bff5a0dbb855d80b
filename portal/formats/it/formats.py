# "21 novembre 2024, 14:30": months in lower case ("E", see portal/formats/month_names.py),
# no leading zero on the day and no weekday before the date.
DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, H:i"
YEAR_MONTH_FORMAT = "E Y"
