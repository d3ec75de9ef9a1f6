"""organizer: plan public comment at city council meetings."""

__version__ = "0.1.0"
APP_NAME = "organizer"
