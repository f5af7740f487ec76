"""Cars on the road near the shop: makes and models with their VIN codes, plates, colours."""

from __future__ import annotations

from typing import NamedTuple


class CarModel(NamedTuple):
    name: str
    years: tuple[int, int]
    weight: int
    wmi: str
    vds: str
    """Positions 4–8 of the VIN (the model code), the check digit is computed."""
    engines: tuple[str, ...]
    tier: int = 1
    """0 domestic, 1 foreign, 2 premium: sets the labour rate and the parts' price level."""


class CarMake(NamedTuple):
    name: str
    weight: int
    models: tuple[CarModel, ...]


def _lada(name: str, years: tuple[int, int], weight: int, vds: str, *engines: str) -> CarModel:
    return CarModel(name, years, weight, "XTA", vds, engines, 0)


MAKES: tuple[CarMake, ...] = (
    CarMake(
        "Lada",
        30,
        (
            _lada("Granta", (2011, 2026), 30, "21901", "11186", "21116", "21127"),
            _lada("Vesta", (2015, 2026), 25, "GFL11", "21129", "21179"),
            _lada("Largus", (2012, 2026), 12, "KS015", "K7M", "K4M", "21129"),
            _lada("Niva Legend", (2000, 2026), 14, "21214", "21214"),
            _lada("Niva Travel", (2021, 2026), 5, "21230", "2123"),
            _lada("Priora", (2007, 2018), 10, "21703", "21126"),
            _lada("Kalina", (2005, 2018), 7, "11183", "11183", "11186"),
            _lada("XRAY", (2016, 2022), 4, "GAB11", "21129", "H4M"),
            _lada("2114", (2001, 2013), 6, "21144", "21114", "11183"),
            _lada("2107", (1998, 2012), 4, "21074", "2104", "21067"),
        ),
    ),
    CarMake(
        "GAZ",
        4,
        (
            CarModel("Gazelle Next", (2013, 2026), 5, "X96", "A21R2", ("ISF2.8", "EvoTech"), 0),
            CarModel("Gazelle Business", (2010, 2021), 4, "X96", "33021", ("UMZ-4216",), 0),
            CarModel("Sobol", (2010, 2026), 2, "X96", "22171", ("UMZ-4216",), 0),
            CarModel("Volga 31105", (2004, 2009), 1, "XTH", "31105", ("ZMZ-40621",), 0),
        ),
    ),
    CarMake(
        "UAZ",
        3,
        (
            CarModel("Patriot", (2005, 2026), 5, "XTT", "31630", ("ZMZ-40906",), 0),
            CarModel("Hunter", (2003, 2024), 2, "XTT", "31519", ("ZMZ-40904",), 0),
            CarModel("Profi", (2018, 2026), 1, "XTT", "23602", ("ZMZ-40905",), 0),
            CarModel("2206", (1998, 2026), 1, "XTT", "22069", ("ZMZ-40911",), 0),
        ),
    ),
    CarMake(
        "Kia",
        9,
        (
            CarModel("Rio", (2011, 2022), 10, "Z94", "C251B", ("G4FC", "G4FG")),
            CarModel("Ceed", (2007, 2021), 4, "XWE", "H5A1B", ("G4FG", "G4NA")),
            CarModel("Sportage", (2010, 2022), 5, "XWE", "PC81D", ("G4NA", "G4KD")),
            CarModel("Optima", (2012, 2020), 2, "XWE", "GC41B", ("G4KD", "G4KJ")),
            CarModel("Seltos", (2020, 2022), 1, "XWE", "R81BD", ("G4NA",)),
        ),
    ),
    CarMake(
        "Hyundai",
        9,
        (
            CarModel("Solaris", (2011, 2022), 12, "Z94", "K241C", ("G4FC", "G4LC")),
            CarModel("Creta", (2016, 2022), 8, "Z94", "G81BD", ("G4FG", "G4NA")),
            CarModel("Tucson", (2015, 2021), 3, "XWE", "J81BD", ("G4NA", "G4KD")),
            CarModel("Elantra", (2011, 2021), 2, "XWE", "D41BD", ("G4FG",)),
            CarModel("Santa Fe", (2012, 2021), 2, "KMH", "S81BD", ("G4KE", "D4HB")),
        ),
    ),
    CarMake(
        "Toyota",
        7,
        (
            CarModel("Camry", (2007, 2022), 7, "XW7", "BF4FK", ("2AR-FE", "2GR-FE", "A25A")),
            CarModel("Corolla", (2007, 2022), 4, "NMT", "BF3JE", ("1ZR-FE", "2ZR-FE")),
            CarModel("RAV4", (2013, 2022), 6, "XW7", "DFREV", ("2AR-FE", "M20A")),
            CarModel("Land Cruiser Prado", (2009, 2022), 3, "JTE", "BH3FJ", ("2TR-FE", "1GD"), 2),
            CarModel("Land Cruiser 200", (2008, 2021), 1, "JTM", "HV05J", ("1VD-FTV", "1UR"), 2),
        ),
    ),
    CarMake(
        "Volkswagen",
        6,
        (
            CarModel("Polo", (2010, 2022), 10, "XW8", "ZZZ6R", ("CFNA", "CWVA")),
            CarModel("Tiguan", (2008, 2022), 5, "XW8", "ZZZ5N", ("CAWA", "CZDA")),
            CarModel("Jetta", (2011, 2019), 2, "XW8", "ZZZ16", ("CWVA", "CZCA")),
            CarModel("Passat", (2005, 2018), 2, "WVW", "ZZZ3C", ("BLF", "CDAA")),
            CarModel("Touareg", (2010, 2022), 1, "WVG", "ZZZ7P", ("CASA", "CJTC"), 2),
        ),
    ),
    CarMake(
        "Skoda",
        5,
        (
            CarModel("Octavia", (2005, 2022), 8, "XW8", "AN21Z", ("CJSA", "CWVA", "CZDA")),
            CarModel("Rapid", (2014, 2022), 6, "XW8", "AC41N", ("CWVA", "CFNA")),
            CarModel("Kodiaq", (2017, 2022), 2, "XW8", "BN7NS", ("CZEA",)),
            CarModel("Yeti", (2013, 2018), 1, "TMB", "LD45L", ("CAXA",)),
        ),
    ),
    CarMake(
        "Renault",
        6,
        (
            CarModel("Logan", (2005, 2022), 8, "X7L", "LSRAE", ("K7M", "K4M", "H4M")),
            CarModel("Sandero", (2009, 2022), 5, "X7L", "BSRBE", ("K7M", "K4M")),
            CarModel("Duster", (2012, 2022), 7, "X7L", "HSRH2", ("F4R", "K4M", "H4M")),
            CarModel("Kaptur", (2016, 2022), 3, "X7L", "ASREA", ("H4M", "F4R")),
            CarModel("Arkana", (2019, 2022), 1, "X7L", "RJL5M", ("H5H", "H4M")),
        ),
    ),
    CarMake(
        "Nissan",
        3,
        (
            CarModel("Almera", (2012, 2018), 3, "Z8N", "G15UE", ("K4M",)),
            CarModel("Qashqai", (2007, 2022), 4, "SJN", "FAAJ1", ("MR20DD", "HR16DE")),
            CarModel("X-Trail", (2007, 2022), 4, "Z8N", "T32EW", ("MR20DD", "QR25DE")),
            CarModel("Terrano", (2014, 2022), 2, "Z8N", "HSNDJ", ("F4R", "K4M")),
        ),
    ),
    CarMake(
        "Mitsubishi",
        2,
        (
            CarModel("Outlander", (2012, 2022), 5, "Z8T", "XGF2W", ("4B11", "4B12")),
            CarModel("Lancer", (2007, 2017), 3, "JMB", "SRCY4", ("4A92", "4B11")),
            CarModel("Pajero Sport", (2013, 2022), 2, "Z8T", "GKS1F", ("4D56", "6B31")),
            CarModel("ASX", (2010, 2020), 2, "JMB", "XTGA3", ("4A92",)),
        ),
    ),
    CarMake(
        "Ford",
        3,
        (
            CarModel("Focus", (2005, 2019), 8, "X9F", "XXEED", ("PNDA", "HWDA", "IQDB")),
            CarModel("Mondeo", (2007, 2019), 2, "X9F", "XXEEB", ("SEBA", "TPBA")),
            CarModel("Kuga", (2013, 2019), 2, "Z6F", "XXEEC", ("JQMA",)),
            CarModel("Transit", (2006, 2026), 2, "Z6F", "XXEEE", ("CYRB", "UHFA")),
        ),
    ),
    CarMake(
        "Chevrolet",
        2,
        (
            CarModel("Niva", (2002, 2020), 6, "X9L", "21230", ("2123",), 0),
            CarModel("Lacetti", (2004, 2013), 3, "KL1", "NF196", ("F14D3", "F16D3")),
            CarModel("Cruze", (2009, 2015), 3, "XUF", "JF69A", ("F16D3", "F18D4")),
        ),
    ),
    CarMake(
        "Mazda",
        2,
        (
            CarModel("3", (2008, 2019), 4, "JMZ", "BM14R", ("Z6", "PE-VPS")),
            CarModel("6", (2008, 2022), 4, "JMZ", "GJ14F", ("LF", "PY-VPS")),
            CarModel("CX-5", (2012, 2022), 4, "JMZ", "KF2WL", ("PE-VPS", "PY-VPS")),
        ),
    ),
    CarMake(
        "Chery",
        4,
        (
            CarModel("Tiggo 4 Pro", (2021, 2026), 5, "LVV", "DB21B", ("SQRE4T15C",)),
            CarModel("Tiggo 7 Pro", (2020, 2026), 6, "LVV", "DB14B", ("SQRF4J16",)),
            CarModel("Tiggo 8 Pro", (2021, 2026), 3, "LVV", "DC21B", ("SQRF4J20",)),
        ),
    ),
    CarMake(
        "Haval",
        4,
        (
            CarModel("Jolion", (2021, 2026), 6, "XZG", "FF06A", ("GW4B15A",)),
            CarModel("F7", (2019, 2026), 5, "XZG", "FF04A", ("GW4B15A", "GW4C20")),
            CarModel("Dargo", (2022, 2026), 2, "XZG", "FF09A", ("GW4C20B",)),
        ),
    ),
    CarMake(
        "Geely",
        3,
        (
            CarModel("Coolray", (2020, 2026), 5, "Y4K", "8722B", ("JLH-3G15TD",)),
            CarModel("Atlas Pro", (2021, 2024), 3, "Y4K", "8852A", ("JLH-3G15TD",)),
            CarModel("Monjaro", (2023, 2026), 2, "L6T", "79C2E", ("JLH-4G20TDB",), 2),
        ),
    ),
    CarMake(
        "Mercedes-Benz",
        2,
        (
            CarModel("E-Class", (2009, 2022), 3, "WDD", "21300", ("M274", "OM654"), 2),
            CarModel("C-Class", (2007, 2022), 3, "WDD", "20504", ("M271", "M274"), 2),
            CarModel("GLE", (2015, 2022), 1, "WDC", "16702", ("M276", "OM656"), 2),
        ),
    ),
    CarMake(
        "BMW",
        2,
        (
            CarModel("3 Series", (2005, 2022), 3, "WBA", "8E110", ("N20B20", "B48B20"), 2),
            CarModel("5 Series", (2007, 2022), 2, "X4X", "JA110", ("N52B25", "B48B20"), 2),
            CarModel("X5", (2007, 2022), 2, "X4X", "KS410", ("N55B30", "B57D30"), 2),
        ),
    ),
)

DEALER_MAKES = ("Lada", "Haval")
"""The shop also sells these new: their younger cars are often "bought here"."""

VIN_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
"""Characters of a VIN: I, O and Q are never used."""
VIN_YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789"
"""Position 10 of a VIN: the model year, A = 1980 and 2010, repeating every 30 years."""

PLATE_LETTERS = "АВЕКМНОРСТУХ"
PLATE_REGIONS: tuple[tuple[str, int], ...] = (
    ("77", 10), ("97", 6), ("99", 8), ("177", 8), ("197", 8), ("199", 7), ("777", 5),
    ("797", 5), ("799", 5), ("977", 4), ("50", 10), ("90", 6), ("150", 5), ("190", 5),
    ("750", 4), ("790", 3), ("69", 1), ("40", 1), ("71", 1),
)  # fmt: skip

COLOURS: tuple[tuple[str, int], ...] = (
    ("белый", 24), ("чёрный", 18), ("серебристый", 15), ("серый", 14), ("синий", 8),
    ("красный", 6), ("тёмно-вишнёвый", 3), ("коричневый", 4), ("бежевый", 3),
    ("зелёный", 3), ("оранжевый", 1), ("жёлтый", 1),
)  # fmt: skip
