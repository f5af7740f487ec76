"""The checks of what is typed at the desk: VIN, phone, plate and odometer.

Each check returns a frozen result with the cleaned-up value, the ``Problem``s found
(errors block saving, warnings do not unless they need a confirmation) and what could be
decoded from the text, so the form can show the problems beside the fields and prefill
the rest. Services that save call ``raise_first_error`` on the results.
"""

from desk_app.services.validation.odometer import (
    MAX_ODOMETER_KM,
    OdometerCheck,
    check_odometer,
    last_odometer,
)
from desk_app.services.validation.phones import (
    DEFAULT_REGION,
    PhoneCheck,
    check_phone,
    format_phone,
)
from desk_app.services.validation.plates import (
    MAX_PLATE_LENGTH,
    PlateCheck,
    PlateKind,
    check_plate,
)
from desk_app.services.validation.problems import (
    CheckResult,
    Problem,
    Severity,
    raise_first_error,
)
from desk_app.services.validation.vin import VinCheck, check_vin, normalise_vin

__all__ = [
    "DEFAULT_REGION",
    "MAX_ODOMETER_KM",
    "MAX_PLATE_LENGTH",
    "CheckResult",
    "OdometerCheck",
    "PhoneCheck",
    "PlateCheck",
    "PlateKind",
    "Problem",
    "Severity",
    "VinCheck",
    "check_odometer",
    "check_phone",
    "check_plate",
    "check_vin",
    "format_phone",
    "last_odometer",
    "normalise_vin",
    "raise_first_error",
]
