"""Blind evaluation batch D for SynthGen's description -> dataset planner (format of example_cases.py).

Written from /work/shared/eval/{README.md, example_cases.py, score.py} only, before seeing any planner output.
34 cases over 17 domains (two each): emergency room visits, fashion/clothing, stock market prices,
kindergarten/primary school, job applicants/recruiting, parcel delivery/couriers, server logs/IT monitoring,
marathon/running races, cruise/tour bookings, mortgages/property sales, bakery/recipes, video streaming/TV shows,
bicycle shop/repairs, pet adoption shelter, public transport/bus trips, museum/art collection, solar/renewables.

Phrasing styles vary on purpose: comma lists, "Title: list", bulleted lists ("- " and "* "), one column per
line, "name: type" lines, paragraphs of full sentences, terse shorthand, parentheses with details, plural
nouns, and "X names" where X is a thing (product / race / recipe / ship / tour / model names).

Conventions of this batch:
- names lists are shared (module constants) between a concept and the relations that mention it, so a relation
  resolves to the column the concept matched (pick_column);
- a column the description says is blank for some rows ("only for returned items", "blank if still open") is
  NOT a concept (check() fails any kind when over 20% of cells are blank); it appears only in relations
  ("implies" filled / blank, and orderings, where blank rows are skipped);
- `enum` lists exactly the stated values, plus the snake_case / hyphen spelling of multi-word values
  ("in transit" / "in_transit"), which a fair reader accepts as the same value;
- ranges are the stated ones where the description states one, else generous for the domain.
"""

# ---------------------------------------------------------------- shared names lists (concept <-> relation)
YES = ["yes", "true", "1", "y", "t"]
NO = ["no", "false", "0", "n", "f"]

# er_visits
ER_ARRIVAL = [["arrival", "time"], ["arrival"], ["arrived"], ["admitted", "at"], ["check", "in"]]
ER_DISCHARGE = [["discharge", "time"], ["discharge"], ["discharged"], ["departure"]]
ER_ADMITTED = [["admitted"], ["admission"], ["admit"]]
ER_WARD = [["ward"]]
# er_triage
TR_SYS = [["sys"], ["systolic"], ["sbp"]]
TR_DIA = [["dia"], ["diastolic"], ["dbp"]]
# fashion_catalog
FC_PRICE = [["price"], ["list", "price"], ["regular", "price"]]
FC_DISC = [["discounted"], ["discount", "price"], ["sale", "price"], ["sale"]]
# fashion_orders
FO_QTY = [["quantity"], ["qty"]]
FO_UNIT = [["unit", "price"], ["price"]]
FO_TOTAL = [["line", "total"], ["total"], ["amount"]]
FO_STATUS = [["return", "status"], ["status"], ["return"]]
FO_REFUND = [["refund"]]
# stock_daily
SD_OPEN = [["open"]]
SD_HIGH = [["high"]]
SD_LOW = [["low"]]
SD_CLOSE = [["close"]]
# stock_trades
ST_SHARES = [["shares"], ["quantity"], ["qty"], ["num", "shares"]]
ST_PRICE = [["price"], ["execution", "price"], ["fill", "price"]]
ST_TOTAL = [["total"], ["value"], ["notional"], ["amount"]]
# school_pupils
SP_CLASS = [["class"], ["form"], ["homeroom"], ["classroom"]]
SP_YEAR = [["year", "group"], ["year", "level"], ["grade", "level"], ["year"]]
SP_SCORE = [["reading", "score"], ["score"]]
SP_GRADE = [["reading", "grade"], ["grade"], ["letter"]]
# kindergarten
KG_IN = [["check", "in"], ["checkin"], ["drop", "off"], ["dropoff"], ["arrival"]]
KG_OUT = [["check", "out"], ["checkout"], ["pick", "up"], ["pickup"], ["departure"]]
# applicants
AP_APPLIED = [["application", "date"], ["applied", "date"], ["applied", "on"], ["applied", "at"], ["date", "applied"]]
AP_INTERVIEW = [["interview", "date"], ["interview"]]
AP_STATUS = [["status"], ["stage"]]
# recruiting
RQ_OPENED = [["opened"], ["open", "date"], ["opened", "on"]]
RQ_FILLED = [["filled", "on"], ["filled", "date"], ["filled"]]
RQ_HEAD = [["headcount"], ["openings"], ["positions"]]
RQ_HIRES = [["hires"], ["hire"], ["hired"]]
RQ_SMIN = [["salary", "min"], ["min"]]
RQ_SMAX = [["salary", "max"], ["max"]]
# parcels
PA_SCITY = [["sender", "city"], ["origin", "city"], ["from", "city"], ["origin"]]
PA_RCITY = [["recipient", "city"], ["destination", "city"], ["dest", "city"], ["to", "city"]]
PA_RSTATE = [["recipient", "state"], ["destination", "state"], ["state"]]
PA_SHIP = [["shipped", "at"], ["shipped"], ["ship", "time"], ["ship", "date"]]
PA_DELIV = [["delivered", "at"], ["delivered", "time"], ["delivery", "time"], ["delivered", "date"], ["delivery", "date"]]
PA_STATUS = [["status"]]
# courier_runs
CR_STOPS = [["stops"], ["stop"], ["total", "stops"]]
CR_DELIV = [["delivered"]]
CR_FAILED = [["failed"]]
CR_START = [["shift", "start"], ["start"]]
CR_END = [["shift", "end"], ["end"]]
# it_monitoring
IT_HOST = [["hostname"], ["host"], ["server"]]
IT_DC = [["datacenter"], ["data", "center"], ["region"], ["dc"]]
IT_USED = [["memory", "used"], ["mem", "used"], ["ram", "used"], ["used", "gb"]]
IT_TOTAL = [["memory", "total"], ["mem", "total"], ["total", "memory"], ["ram", "total"], ["total"]]
# marathon
MR_AGE = [["age"]]
MR_GROUP = [["age", "group"], ["group"], ["division"], ["category"]]
MR_HALF = [["half"], ["split"]]
MR_FINISH = [["finish"], ["chip"], ["net", "time"], ["gun"]]
# race_calendar
RC_CAP = [["capacity"], ["limit"], ["max"]]
RC_REG = [["registered"], ["registration"], ["registrations"], ["entrants"], ["runners"]]
# cruise
CU_DEPART = [["departure", "date"], ["departure"], ["depart"], ["sail", "date"], ["embark"]]
CU_RETURN = [["return", "date"], ["return"], ["disembark"], ["arrival", "date"]]
# tours
TO_START = [["starts", "at"], ["start"], ["starts"]]
TO_END = [["ends", "at"], ["end"], ["ends"]]
TO_SIZE = [["group", "size"], ["size"], ["participants"], ["people"], ["group"]]
TO_PP = [["per", "person"], ["price", "person"], ["unit", "price"]]
TO_TOTAL = [["total"]]
# property_sales
PS_CITY = [["city"]]
PS_STATE = [["state"]]
PS_LIST = [["listing", "price"], ["list", "price"], ["asking"], ["listed", "price"]]
PS_SALE = [["sale", "price"], ["sold", "price"], ["sale"]]
PS_LDATE = [["listed", "date"], ["list", "date"], ["listing", "date"], ["listed", "on"], ["listed"]]
PS_SDATE = [["sold", "date"], ["sale", "date"], ["sold", "on"], ["closing", "date"], ["sold"]]
# mortgages
MG_VALUE = [["property", "value"], ["value"], ["appraised"]]
MG_LOAN = [["loan", "amount"], ["principal"], ["amount"]]
MG_DOWN = [["down"]]
# bakery
BK_QTY = [["qty"], ["quantity"]]
BK_UNIT = [["unit"], ["unit", "price"], ["each"], ["price"]]
BK_LINE = [["line"], ["total"], ["amount"]]
# recipes
RE_PREP = [["prep"], ["preparation"]]
RE_COOK = [["cook"], ["cooking"]]
RE_TOTAL = [["total"]]
# tv_shows
TV_FIRST = [["first"], ["premiere"], ["start", "year"], ["debut"]]
TV_FINAL = [["final"], ["end", "year"], ["last"], ["ended"]]
TV_SEASONS = [["seasons"], ["season", "count"], ["num", "seasons"]]
TV_EPISODES = [["episodes"], ["episode", "count"], ["num", "episodes"]]
# streaming
SS_START = [["session", "start"], ["start"], ["started"]]
SS_END = [["session", "end"], ["end"], ["ended"]]
# bike_repairs
BR_DROP = [["drop", "off"], ["dropoff"], ["received"], ["drop"]]
BR_PICK = [["pick", "up"], ["pickup"], ["collected", "date"], ["collection"]]
BR_PARTS = [["parts"]]
BR_LABOUR = [["labour", "cost"], ["labor", "cost"]]
BR_TOTAL = [["total"]]
BR_STATUS = [["status"]]
# bike_sales
BS_LIST = [["list", "price"], ["msrp"], ["list"], ["rrp"]]
BS_DISC = [["discount"]]
BS_SALE = [["sale", "price"], ["final", "price"], ["net", "price"], ["selling", "price"]]
# shelter_animals
SH_SPECIES = [["species"]]
SH_BREED = [["breed"]]
SH_INTAKE = [["intake"], ["arrival"], ["arrived"]]
SH_ADOPT = [["adoption", "date"], ["adopted", "date"], ["adopted", "on"]]
SH_STATUS = [["status"]]
# adoption_apps
AA_DATE = [["application", "date"], ["applied", "on"], ["applied"], ["date"]]
AA_VISIT = [["home", "visit"], ["visit"]]
AA_DECISION = [["decision"], ["status"], ["outcome"]]
# bus_trips
BT_DEP = [["dep"], ["departure"], ["depart"], ["departed"]]
BT_ARR = [["arr"], ["arrival"], ["arrive"], ["arrived"]]
BT_PAX = [["pax"], ["boarded"], ["passengers"], ["riders"]]
BT_CAP = [["capacity"]]
# bus_fares
BF_ON = [["tap", "on"], ["tapon"]]
BF_OFF = [["tap", "off"], ["tapoff"]]
BF_FARE = [["fare"]]
BF_DISC = [["discount"]]
BF_PAID = [["paid"], ["net"]]
# museum_collection
MC_CREATED = [["year", "created"], ["created"], ["creation"], ["year", "made"]]
MC_ACQ = [["acquisition"], ["acquired"]]
# museum_visits
MV_COUNT = [["visitor", "count"], ["visitors"], ["count"], ["party", "size"], ["quantity"], ["qty"]]
MV_PRICE = [["price"], ["unit", "price"]]
MV_TOTAL = [["total"], ["paid"], ["amount"]]
# solar_readings
SR_DC = [["dc"]]
SR_AC = [["ac"]]
# solar_installs
SI_CITY = [["city"]]
SI_STATE = [["state"]]
SI_TOTAL = [["total", "cost"], ["gross", "cost"], ["system", "cost"], ["cost"]]
SI_CREDIT = [["credit"], ["tax"]]
SI_NET = [["net"]]

# time-of-day patterns for ISO datetimes (optional seconds / fraction / zone)
_SEC = r"(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?"
DT_0700_0930 = r"\d{4}-\d{2}-\d{2}[T ](0[78]:[0-5]\d|09:[0-2]\d|09:30)" + _SEC
DT_0600_1400 = r"\d{4}-\d{2}-\d{2}[T ]((0[6-9]|1[0-3]):[0-5]\d|14:00)" + _SEC

CASES = [
 # ------------------------------------------------------------------ emergency room visits
 {"id": "d_er_visits",
  "description": "Each row is an emergency room visit. It has a visit id like ER-000123, the patient's full name, "
                 "their age (0 to 100), the chief complaint (e.g. chest pain, fracture, shortness of breath), a "
                 "triage level from 1 to 5, the arrival time sometime in 2023 and the discharge time, and the "
                 "attending physician. The discharge time is always after the arrival time. Roughly 20% of visits "
                 "end in admission, so there is an admitted yes/no flag; admitted patients also get a ward (such "
                 "as cardiology, ICU or general medicine), and the ward is left blank for patients sent home.",
  "expect": [
   {"names": [["visit", "id"], ["id"]], "kind": "regex", "values": [r"ER-\d{4,8}"]},
   {"names": [["patient", "name"], ["patient"], ["name"]], "kind": "person_part"},
   {"names": [["age"]], "kind": "int", "min": 0, "max": 100},
   {"names": [["complaint"], ["reason"], ["symptom"]], "kind": "label"},
   {"names": [["triage"], ["acuity"], ["esi"]], "kind": "int", "min": 1, "max": 5},
   {"names": ER_ARRIVAL, "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"},
   {"names": ER_DISCHARGE, "kind": "datetime"},
   {"names": [["physician"], ["doctor"], ["attending"]], "kind": "person_part"},
   {"names": ER_ADMITTED, "kind": "bool_share", "min": 0.08, "max": 0.35}],
  "relations": [
   {"a": ER_ARRIVAL, "op": "<", "b": ER_DISCHARGE},
   {"a": ER_ADMITTED, "op": "implies", "in": YES, "then": ER_WARD, "filled": True},
   {"a": ER_ADMITTED, "op": "implies", "in": NO, "then": ER_WARD, "filled": False}]},

 {"id": "d_er_triage",
  "description": "ER triage log: arrival_ts, mrn, esi 1-5, complaint, bp_sys/bp_dia, hr bpm, spo2 %, pain 0-10, "
                 "wait_min, disposition (home/admit/transfer/AMA)",
  "expect": [
   {"names": [["arrival"], ["ts"], ["timestamp"]], "kind": "datetime"},
   {"names": [["mrn"], ["record"], ["patient", "id"]], "kind": "idlike"},
   {"names": [["esi"], ["triage"], ["acuity"]], "kind": "int", "min": 1, "max": 5},
   {"names": [["complaint"]], "kind": "label"},
   {"names": TR_SYS, "kind": "int", "min": 60, "max": 250},
   {"names": TR_DIA, "kind": "int", "min": 30, "max": 150},
   {"names": [["hr"], ["heart"], ["pulse"]], "kind": "int", "min": 30, "max": 220},
   {"names": [["spo"], ["oxygen"], ["saturation"], ["sat"]], "kind": "number", "min": 50, "max": 100},
   {"names": [["pain"]], "kind": "int", "min": 0, "max": 10},
   {"names": [["wait"]], "kind": "number", "min": 0, "max": 1440},
   {"names": [["disposition"], ["outcome"]], "kind": "enum", "values": ["home", "admit", "transfer", "AMA"]}],
  "relations": [
   {"a": TR_SYS, "op": ">", "b": TR_DIA}]},

 # ------------------------------------------------------------------ fashion store / clothing
 {"id": "d_fashion_catalog",
  "description": "Clothing store inventory with product names, brands, sizes (XS, S, M, L, XL), colours like "
                 "black, white, navy or beige, prices in EUR up to 300, the discounted price, and stock quantity",
  "expect": [
   {"names": [["product", "name"], ["product"], ["item"], ["name"], ["title"]], "kind": "label"},
   {"names": [["brand"]], "kind": "label"},
   {"names": [["size"]], "kind": "enum", "values": ["XS", "S", "M", "L", "XL"]},
   {"names": [["colour"], ["color"]], "kind": "category"},
   {"names": FC_PRICE, "kind": "number", "min": 0, "max": 300},
   {"names": FC_DISC, "kind": "number", "min": 0, "max": 300},
   {"names": [["stock"], ["quantity"], ["qty"], ["inventory"]], "kind": "int", "min": 0, "max": 10000}],
  "relations": [
   {"a": FC_DISC, "op": "<=", "b": FC_PRICE}]},

 {"id": "d_fashion_orders",
  "description": "Online fashion orders\n"
                 "- order id like ORD-00001\n"
                 "- customer email\n"
                 "- item category (tops, bottoms, dresses, outerwear, shoes, accessories)\n"
                 "- quantity 1-5\n"
                 "- unit price (most items 15-150 USD)\n"
                 "- line total = quantity x unit price\n"
                 "- order date sometime in 2022\n"
                 "- return status: one of kept, returned, exchanged; mostly kept\n"
                 "- refund amount, only for returned items (blank otherwise), never more than the line total",
  "expect": [
   {"names": [["order", "id"], ["order"], ["id"]], "kind": "regex", "values": [r"ORD-\d{4,7}"]},
   {"names": [["email"]], "kind": "email"},
   {"names": [["category"], ["item", "category"]], "kind": "enum",
    "values": ["tops", "bottoms", "dresses", "outerwear", "shoes", "accessories"]},
   {"names": FO_QTY, "kind": "int", "min": 1, "max": 5},
   {"names": FO_UNIT, "kind": "number", "min": 1, "max": 500},
   {"names": FO_TOTAL, "kind": "number", "min": 1, "max": 2500},
   {"names": [["order", "date"], ["date"]], "kind": "date_in", "min": "2022-01-01", "max": "2022-12-31"},
   {"names": FO_STATUS, "kind": "weighted", "values": ["kept", "returned", "exchanged"], "min": 0.5, "max": 0.97}],
  "relations": [
   {"a": FO_TOTAL, "op": "product", "b": [FO_QTY, FO_UNIT]},
   {"a": FO_STATUS, "op": "implies", "in": ["returned"], "then": FO_REFUND, "filled": True},
   {"a": FO_STATUS, "op": "implies", "in": ["kept"], "then": FO_REFUND, "filled": False},
   {"a": FO_REFUND, "op": "<=", "b": FO_TOTAL}]},

 # ------------------------------------------------------------------ stock market prices
 {"id": "d_stock_daily",
  "description": "Daily stock prices\n"
                 "date: trading date in 2021\n"
                 "ticker: e.g. AAPL, MSFT, TSLA, AMZN\n"
                 "open: decimal, USD\n"
                 "high: decimal, USD\n"
                 "low: decimal, USD\n"
                 "close: decimal, USD\n"
                 "volume: integer, shares traded",
  "expect": [
   {"names": [["date"], ["day"]], "kind": "date_in", "min": "2021-01-01", "max": "2021-12-31"},
   {"names": [["ticker"], ["symbol"]], "kind": "regex", "values": [r"[A-Z]{1,5}([.\-][A-Z])?"]},
   {"names": SD_OPEN, "kind": "number", "min": 0.01, "max": 10000},
   {"names": SD_HIGH, "kind": "number", "min": 0.01, "max": 10000},
   {"names": SD_LOW, "kind": "number", "min": 0.01, "max": 10000},
   {"names": SD_CLOSE, "kind": "number", "min": 0.01, "max": 10000},
   {"names": [["volume"]], "kind": "int", "min": 0, "max": 10**11}],
  "relations": [
   {"a": SD_LOW, "op": "<=", "b": SD_OPEN},
   {"a": SD_OPEN, "op": "<=", "b": SD_HIGH},
   {"a": SD_LOW, "op": "<=", "b": SD_CLOSE},
   {"a": SD_CLOSE, "op": "<=", "b": SD_HIGH}]},

 {"id": "d_stock_trades",
  "description": "A log of retail brokerage trades. Each trade has a trade id, the account holder's name, a ticker "
                 "symbol, the side (buy or sell), the number of shares between 1 and 500, the execution price per "
                 "share, a commission of at most $10, and the total value, which is shares times price. Trades "
                 "happen during market hours on weekdays in 2023, so include the execution timestamp.",
  "expect": [
   {"names": [["trade", "id"], ["id"]], "kind": "unique"},
   {"names": [["holder"], ["investor"], ["trader"], ["name"]], "kind": "person_part"},
   {"names": [["ticker"], ["symbol"]], "kind": "regex", "values": [r"[A-Z]{1,5}([.\-][A-Z])?"]},
   {"names": [["side"], ["action"], ["direction"]], "kind": "enum", "values": ["buy", "sell"]},
   {"names": ST_SHARES, "kind": "int", "min": 1, "max": 500},
   {"names": ST_PRICE, "kind": "number", "min": 0.01, "max": 10000},
   {"names": [["commission"], ["fee"]], "kind": "number", "min": 0, "max": 10},
   {"names": ST_TOTAL, "kind": "number", "min": 0.01, "max": 5000000},
   {"names": [["executed", "at"], ["timestamp"], ["time"], ["datetime"], ["ts"], ["executed"], ["date"]],
    "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"}],
  "relations": [
   {"a": ST_TOTAL, "op": "product", "b": [ST_SHARES, ST_PRICE]}]},

 # ------------------------------------------------------------------ kindergarten / primary school
 {"id": "d_school_pupils",
  "description": "Primary school pupils\n"
                 "pupil id\n"
                 "first name\n"
                 "last name\n"
                 "date of birth\n"
                 "age (5 to 11)\n"
                 "class (e.g. 1A, 2B, 3C - the number is the year group)\n"
                 "year group 1-6\n"
                 "reading score out of 100 (whole number)\n"
                 "reading grade A-E, based on the score\n"
                 "parent phone",
  "expect": [
   {"names": [["pupil", "id"], ["student", "id"], ["id"]], "kind": "unique"},
   {"names": [["first"]], "kind": "person_part"},
   {"names": [["last"], ["surname"]], "kind": "person_part"},
   {"names": [["birth"], ["dob"]], "kind": "date"},
   {"names": [["age"]], "kind": "int", "min": 5, "max": 11},
   {"names": SP_CLASS, "kind": "regex", "values": [r"[1-6]\s?[A-Z]"]},
   {"names": SP_YEAR, "kind": "int", "min": 1, "max": 6},
   {"names": SP_SCORE, "kind": "int", "min": 0, "max": 100},
   {"names": SP_GRADE, "kind": "enum", "values": ["A", "B", "C", "D", "E"]},
   {"names": [["phone"]], "kind": "phone"}],
  "relations": [
   {"a": SP_CLASS, "op": "maps", "b": SP_YEAR},
   {"a": SP_SCORE, "op": "maps", "b": SP_GRADE}]},

 {"id": "d_kindergarten",
  "description": "Kindergarten attendance: child name, age (3-6 years), group (Ladybirds, Bumblebees, "
                 "Butterflies), check-in timestamp (mornings between 7:00 and 9:30), check-out timestamp (the same "
                 "afternoon), allergy flag (about 15% yes), guardian name and guardian phone",
  "expect": [
   {"names": [["child"], ["kid"], ["name"]], "kind": "person_part"},
   {"names": [["age"]], "kind": "int", "min": 3, "max": 6},
   {"names": [["group"], ["class"], ["room"]], "kind": "enum", "values": ["Ladybirds", "Bumblebees", "Butterflies"]},
   {"names": KG_IN, "kind": "regex", "values": [DT_0700_0930]},
   {"names": KG_OUT, "kind": "datetime"},
   {"names": [["allergy"], ["allergies"], ["allergic"]], "kind": "bool_share", "min": 0.05, "max": 0.3},
   {"names": [["guardian", "name"], ["parent", "name"], ["guardian"], ["parent"]], "kind": "person_part"},
   {"names": [["phone"]], "kind": "phone"}],
  "relations": [
   {"a": KG_IN, "op": "<", "b": KG_OUT}]},

 # ------------------------------------------------------------------ job applicants / recruiting
 {"id": "d_applicants",
  "description": "Job applicants with full names, emails, the position applied for, years of experience, expected "
                 "salary in USD, a LinkedIn profile URL (about 10% missing), application date, interview date (only "
                 "once they reach the interview stage) and status (applied, screening, interview, offer, hired or "
                 "rejected)",
  "expect": [
   {"names": [["name"], ["applicant"], ["candidate"]], "kind": "person_part"},
   {"names": [["email"]], "kind": "email"},
   {"names": [["position"], ["job", "title"], ["role"], ["job"], ["title"]], "kind": "label"},
   {"names": [["experience"], ["years"]], "kind": "number", "min": 0, "max": 50},
   {"names": [["salary"], ["expected"]], "kind": "number", "min": 15000, "max": 500000},
   {"names": [["linkedin"], ["profile"], ["url"]], "kind": "sparse", "min": 0.03, "max": 0.18, "values": ["url"]},
   {"names": AP_APPLIED, "kind": "date"},
   {"names": AP_STATUS, "kind": "enum", "values": ["applied", "screening", "interview", "offer", "hired", "rejected"]}],
  "relations": [
   {"a": AP_APPLIED, "op": "<=", "b": AP_INTERVIEW},
   {"a": AP_STATUS, "op": "implies", "in": ["interview", "offer", "hired"], "then": AP_INTERVIEW, "filled": True},
   {"a": AP_STATUS, "op": "implies", "in": ["applied", "screening"], "then": AP_INTERVIEW, "filled": False}]},

 {"id": "d_recruiting",
  "description": "requisition_id: string like REQ-1234\n"
                 "department: Engineering, Sales, Marketing, Finance or HR\n"
                 "opened_on: date in 2023\n"
                 "filled_on: date after opened_on, blank if the role is still open\n"
                 "headcount: integer 1-5\n"
                 "hires: integer, never more than headcount\n"
                 "salary_min: number, USD\n"
                 "salary_max: number, USD, above salary_min\n"
                 "recruiter: person name",
  "expect": [
   {"names": [["requisition"], ["req"], ["id"]], "kind": "regex", "values": [r"REQ-\d{4,6}"]},
   {"names": [["department"], ["dept"]], "kind": "enum", "values": ["Engineering", "Sales", "Marketing", "Finance", "HR"]},
   {"names": RQ_OPENED, "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"},
   {"names": RQ_HEAD, "kind": "int", "min": 1, "max": 5},
   {"names": RQ_HIRES, "kind": "int", "min": 0, "max": 5},
   {"names": RQ_SMIN, "kind": "number", "min": 15000, "max": 500000},
   {"names": RQ_SMAX, "kind": "number", "min": 15000, "max": 700000},
   {"names": [["recruiter"]], "kind": "person_part"}],
  "relations": [
   {"a": RQ_OPENED, "op": "<", "b": RQ_FILLED},
   {"a": RQ_HIRES, "op": "<=", "b": RQ_HEAD},
   {"a": RQ_SMIN, "op": "<", "b": RQ_SMAX}]},

 # ------------------------------------------------------------------ parcel delivery / couriers
 {"id": "d_parcels",
  "description": "Courier shipments table\n"
                 "* tracking number like TRK123456789\n"
                 "* sender city and recipient city (US)\n"
                 "* recipient state and zip code\n"
                 "* weight in kg, 0.1 to 30\n"
                 "* service level: standard, express or overnight\n"
                 "* shipped at / delivered at timestamps (delivery always after shipping)\n"
                 "* delivery fee in USD, roughly $5-$80\n"
                 "* status: in transit, delivered, returned, lost - delivered at is only filled when the status is delivered",
  "expect": [
   {"names": [["tracking"], ["tracking", "number"]], "kind": "regex", "values": [r"TRK\d{6,12}"]},
   {"names": PA_SCITY, "kind": "label"},
   {"names": PA_RCITY, "kind": "label"},
   {"names": PA_RSTATE, "kind": "label"},
   {"names": [["zip"], ["postal"], ["postcode"]], "kind": "zip"},
   {"names": [["weight"]], "kind": "number", "min": 0.1, "max": 30},
   {"names": [["service"], ["level"], ["tier"]], "kind": "enum", "values": ["standard", "express", "overnight"]},
   {"names": PA_SHIP, "kind": "datetime"},
   {"names": [["fee"], ["cost"], ["price"], ["charge"]], "kind": "number", "min": 2, "max": 150},
   {"names": PA_STATUS, "kind": "enum",
    "values": ["in transit", "in_transit", "in-transit", "delivered", "returned", "lost"]}],
  "relations": [
   {"a": PA_SHIP, "op": "<", "b": PA_DELIV},
   {"a": PA_STATUS, "op": "implies", "in": ["delivered"], "then": PA_DELIV, "filled": True},
   {"a": PA_STATUS, "op": "implies", "in": ["in transit", "in_transit", "in-transit", "lost"], "then": PA_DELIV, "filled": False},
   {"a": PA_RCITY, "op": "maps", "b": PA_RSTATE}]},

 {"id": "d_courier_runs",
  "description": "courier daily runs: run_id, driver, van reg, run date (2024), stops, delivered, failed "
                 "(delivered + failed = stops), km driven, fuel L, shift start/end ts",
  "expect": [
   {"names": [["run", "id"], ["id"]], "kind": "unique"},
   {"names": [["driver"], ["courier"]], "kind": "person_part"},
   {"names": [["van"], ["reg"], ["registration"], ["plate"], ["vehicle"]], "kind": "idlike"},
   {"names": [["run", "date"], ["date"]], "kind": "date_in", "min": "2024-01-01", "max": "2024-12-31"},
   {"names": CR_STOPS, "kind": "int", "min": 1, "max": 300},
   {"names": CR_DELIV, "kind": "int", "min": 0, "max": 300},
   {"names": CR_FAILED, "kind": "int", "min": 0, "max": 300},
   {"names": [["km"], ["distance"]], "kind": "number", "min": 0, "max": 1000},
   {"names": [["fuel"]], "kind": "number", "min": 0, "max": 300},
   {"names": CR_START, "kind": "datetime"},
   {"names": CR_END, "kind": "datetime"}],
  "relations": [
   {"a": CR_STOPS, "op": "sum", "b": [CR_DELIV, CR_FAILED]},
   {"a": CR_START, "op": "<", "b": CR_END}]},

 # ------------------------------------------------------------------ server logs / IT monitoring
 {"id": "d_server_logs",
  "description": "web access log: ts (a few seconds apart, all on 2024-05-01), client ip, method (GET/POST/PUT/DELETE), "
                 "path, status code, bytes, latency ms, user agent",
  "expect": [
   {"names": [["ts"], ["timestamp"], ["time"]], "kind": "date_in", "min": "2024-05-01", "max": "2024-05-02"},
   {"names": [["ip"], ["client"]], "kind": "ip"},
   {"names": [["method"], ["verb"]], "kind": "enum", "values": ["GET", "POST", "PUT", "DELETE"]},
   {"names": [["path"], ["url"], ["endpoint"], ["uri"]], "kind": "path"},
   {"names": [["status"], ["code"]], "kind": "int", "min": 100, "max": 599},
   {"names": [["bytes"], ["size"]], "kind": "int", "min": 0, "max": 10**9},
   {"names": [["latency"], ["ms"], ["duration"], ["response", "time"]], "kind": "number", "min": 0, "max": 60000},
   {"names": [["agent"], ["ua"]], "kind": "text"}]},

 {"id": "d_it_monitoring",
  "description": "Each row is one sample from our server monitoring, taken every 5 minutes sometime in 2023. It has "
                 "the hostname (like web-01 or db-02), the datacenter the host sits in (eu-west, us-east or "
                 "ap-south; a host never moves), CPU usage in percent, memory used and total memory in GB, disk "
                 "usage in percent, and an alert flag. Memory used can never exceed total memory. Roughly 10% of "
                 "samples should be flagged as alerts.",
  "expect": [
   {"names": [["timestamp"], ["time"], ["ts"], ["sampled"]], "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"},
   {"names": IT_HOST, "kind": "regex", "values": [r"[a-z]+-\d{2,3}"]},
   {"names": IT_DC, "kind": "enum", "values": ["eu-west", "us-east", "ap-south"]},
   {"names": [["cpu"]], "kind": "number", "min": 0, "max": 100},
   {"names": IT_USED, "kind": "number", "min": 0, "max": 4096},
   {"names": IT_TOTAL, "kind": "number", "min": 0.5, "max": 4096},
   {"names": [["disk"]], "kind": "number", "min": 0, "max": 100},
   {"names": [["alert"], ["flag"], ["flagged"]], "kind": "bool_share", "min": 0.04, "max": 0.2}],
  "relations": [
   {"a": IT_USED, "op": "<=", "b": IT_TOTAL},
   {"a": IT_HOST, "op": "maps", "b": IT_DC}]},

 # ------------------------------------------------------------------ marathon / running races
 {"id": "d_marathon_results",
  "description": "Marathon results (one row per finisher): bib number (unique), runner name, gender (M/F), age "
                 "(18-80), age group (e.g. 18-29, 30-39, 40-49 ...), country, half-way split and finish time (both "
                 "in seconds, finish roughly 2h to 6h) and overall place",
  "expect": [
   {"names": [["bib"]], "kind": "unique"},
   {"names": [["runner"], ["athlete"], ["name"]], "kind": "person_part"},
   {"names": [["gender"], ["sex"]], "kind": "enum", "values": ["M", "F"]},
   {"names": MR_AGE, "kind": "int", "min": 18, "max": 80},
   {"names": MR_GROUP, "kind": "category"},
   {"names": [["country"], ["nationality"]], "kind": "label"},
   {"names": MR_HALF, "kind": "number", "min": 3000, "max": 13000},
   {"names": MR_FINISH, "kind": "number", "min": 7000, "max": 25000},
   {"names": [["place"], ["rank"], ["position"]], "kind": "int", "min": 1, "max": 100000}],
  "relations": [
   {"a": MR_HALF, "op": "<", "b": MR_FINISH},
   {"a": MR_HALF, "op": "between_ratio", "b": MR_FINISH, "min": 0.38, "max": 0.62},
   {"a": MR_AGE, "op": "maps", "b": MR_GROUP}]},

 {"id": "d_race_calendar",
  "description": "Running club race calendar with race names, cities, race dates in 2025, distance (5K, 10K, half "
                 "marathon or marathon), World Athletics label (one of bronze, silver, gold), entry fees in GBP, "
                 "capacity and number of registered runners, which never exceeds capacity",
  "expect": [
   {"names": [["race", "name"], ["event", "name"], ["event"], ["name"], ["title"]], "kind": "label"},
   {"names": [["city"], ["location"], ["venue"]], "kind": "label"},
   {"names": [["race", "date"], ["date"]], "kind": "date_in", "min": "2025-01-01", "max": "2025-12-31"},
   {"names": [["distance"]], "kind": "enum",
    "values": ["5K", "10K", "half marathon", "half_marathon", "half-marathon", "marathon"]},
   {"names": [["label"], ["tier"], ["level"]], "kind": "enum", "values": ["bronze", "silver", "gold"]},
   {"names": [["fee"], ["entry"], ["price"]], "kind": "number", "min": 0, "max": 300},
   {"names": RC_CAP, "kind": "int", "min": 10, "max": 100000},
   {"names": RC_REG, "kind": "int", "min": 0, "max": 100000}],
  "relations": [
   {"a": RC_REG, "op": "<=", "b": RC_CAP}]},

 # ------------------------------------------------------------------ cruise / tour bookings
 {"id": "d_cruise",
  "description": "Cruise bookings. Each booking has a booking reference like CRU-2024-0001, the lead passenger's "
                 "name and email, the ship name, the departure port, a departure date sometime in 2024 and a return "
                 "date 3 to 14 days later, the cabin type (inside, oceanview, balcony or suite), the number of "
                 "guests (1 to 4), and the total fare in USD. Suites should cost the most.",
  "expect": [
   {"names": [["booking", "reference"], ["booking", "ref"], ["reference"], ["booking", "id"]], "kind": "regex",
    "values": [r"CRU-\d{4}-\d{4,6}"]},
   {"names": [["passenger", "name"], ["lead"], ["passenger"], ["name"]], "kind": "person_part"},
   {"names": [["email"]], "kind": "email"},
   {"names": [["ship"], ["vessel"]], "kind": "label"},
   {"names": [["port"]], "kind": "label"},
   {"names": CU_DEPART, "kind": "date_in", "min": "2024-01-01", "max": "2024-12-31"},
   {"names": CU_RETURN, "kind": "date"},
   {"names": [["cabin"]], "kind": "enum", "values": ["inside", "oceanview", "balcony", "suite"]},
   {"names": [["guests"], ["guest", "count"], ["pax"], ["party", "size"], ["passengers"]], "kind": "int", "min": 1, "max": 4},
   {"names": [["fare"], ["total"], ["price"], ["amount"]], "kind": "number", "min": 150, "max": 100000}],
  "relations": [
   {"a": CU_DEPART, "op": "<", "b": CU_RETURN}]},

 {"id": "d_tours",
  "description": "Guided tour bookings:\n"
                 "- tour names (e.g. Sunset Kayak Trip, Old Town Walking Tour)\n"
                 "- guide name\n"
                 "- starts at / ends at (full timestamps, June to August 2023)\n"
                 "- group size, 1 to 20 people\n"
                 "- price per person in EUR, between 20 and 150\n"
                 "- total price = group size x price per person\n"
                 "- language: English, Spanish, German or French (mostly English)",
  "expect": [
   {"names": [["tour", "name"], ["tour"], ["name"], ["title"]], "kind": "label"},
   {"names": [["guide"]], "kind": "person_part"},
   {"names": TO_START, "kind": "date_in", "min": "2023-06-01", "max": "2023-08-31"},
   {"names": TO_END, "kind": "datetime"},
   {"names": TO_SIZE, "kind": "int", "min": 1, "max": 20},
   {"names": TO_PP, "kind": "number", "min": 20, "max": 150},
   {"names": TO_TOTAL, "kind": "number", "min": 20, "max": 3000},
   {"names": [["language"], ["lang"]], "kind": "weighted", "values": ["English", "Spanish", "German", "French"],
    "min": 0.4, "max": 0.95}],
  "relations": [
   {"a": TO_START, "op": "<", "b": TO_END},
   {"a": TO_TOTAL, "op": "product", "b": [TO_SIZE, TO_PP]}]},

 # ------------------------------------------------------------------ mortgages / property sales
 {"id": "d_property_sales",
  "description": "Residential property sales in the US: address, city, state, zip code, property type (house, condo "
                 "or townhouse), bedrooms, bathrooms, square feet, listing price, sale price, listed date and sold date",
  "expect": [
   {"names": [["address"], ["street"]], "kind": "text"},
   {"names": PS_CITY, "kind": "label"},
   {"names": PS_STATE, "kind": "label"},
   {"names": [["zip"], ["postal"], ["postcode"]], "kind": "zip"},
   {"names": [["property", "type"], ["type"]], "kind": "enum", "values": ["house", "condo", "townhouse"]},
   {"names": [["bedrooms"], ["bedroom"], ["beds"], ["bed"]], "kind": "int", "min": 0, "max": 10},
   {"names": [["bathrooms"], ["bathroom"], ["baths"], ["bath"]], "kind": "number", "min": 0.5, "max": 10},
   {"names": [["sqft"], ["square"], ["sq"], ["area"]], "kind": "number", "min": 200, "max": 20000},
   {"names": PS_LIST, "kind": "number", "min": 20000, "max": 5000000},
   {"names": PS_SALE, "kind": "number", "min": 20000, "max": 5000000},
   {"names": PS_LDATE, "kind": "date"},
   {"names": PS_SDATE, "kind": "date"}],
  "relations": [
   {"a": PS_LDATE, "op": "<", "b": PS_SDATE},
   {"a": PS_SALE, "op": "between_ratio", "b": PS_LIST, "min": 0.7, "max": 1.3},
   {"a": PS_CITY, "op": "maps", "b": PS_STATE}]},

 {"id": "d_mortgages",
  "description": "loan_id: unique, like MTG-000001\n"
                 "borrower: full name\n"
                 "credit_score: integer 300-850\n"
                 "property_value: USD, 100k to 2M\n"
                 "loan_amount: USD, at most property_value\n"
                 "down_payment: USD, property_value minus loan_amount\n"
                 "interest_rate: percent, roughly 3 to 8, at most 3 decimals\n"
                 "term_years: 15, 20 or 30\n"
                 "origination_date: sometime in 2022\n"
                 "defaulted: yes/no, about 3% yes",
  "expect": [
   {"names": [["loan", "id"], ["id"]], "kind": "regex", "values": [r"MTG-\d{6}"]},
   {"names": [["borrower"], ["name"]], "kind": "person_part"},
   {"names": [["credit"], ["fico"]], "kind": "int", "min": 300, "max": 850},
   {"names": MG_VALUE, "kind": "number", "min": 100000, "max": 2000000},
   {"names": MG_LOAN, "kind": "number", "min": 0, "max": 2000000},
   {"names": MG_DOWN, "kind": "number", "min": 0, "max": 2000000},
   {"names": [["interest"], ["rate"], ["apr"]], "kind": "regex", "values": [r"([1-9]|1[0-2])(\.\d{1,3})?"]},
   {"names": [["term"]], "kind": "enum", "values": ["15", "20", "30"]},
   {"names": [["origination"], ["originated"], ["date"]], "kind": "date_in", "min": "2022-01-01", "max": "2022-12-31"},
   {"names": [["defaulted"], ["default"]], "kind": "bool_share", "min": 0.005, "max": 0.08}],
  "relations": [
   {"a": MG_LOAN, "op": "<=", "b": MG_VALUE},
   {"a": MG_VALUE, "op": "sum", "b": [MG_LOAN, MG_DOWN]}]},

 # ------------------------------------------------------------------ bakery / recipes
 {"id": "d_bakery_till",
  "description": "bakery till: receipt no, ts (opening hrs 6am-2pm), item (croissant, sourdough, baguette, cinnamon "
                 "roll, muffin ...), qty, unit EUR, line EUR, paid by card/cash",
  "expect": [
   {"names": [["receipt"], ["transaction"], ["id"]], "kind": "idlike"},
   {"names": [["ts"], ["timestamp"], ["time"], ["datetime"]], "kind": "regex", "values": [DT_0600_1400]},
   {"names": [["item"], ["product"]], "kind": "label"},
   {"names": BK_QTY, "kind": "int", "min": 1, "max": 50},
   {"names": BK_UNIT, "kind": "number", "min": 0.3, "max": 20},
   {"names": BK_LINE, "kind": "number", "min": 0.3, "max": 500},
   {"names": [["paid"], ["payment"], ["method"], ["pay"]], "kind": "enum", "values": ["card", "cash"]}],
  "relations": [
   {"a": BK_LINE, "op": "product", "b": [BK_QTY, BK_UNIT]}]},

 {"id": "d_recipes",
  "description": "Recipe collection: recipe names, cuisines (Italian, Mexican, Indian, Japanese, French), prep time "
                 "and cook time in minutes, total time (prep + cook), servings 1-12, difficulty one of easy, medium, "
                 "hard, calories per serving, and whether it's vegetarian (about 30% yes)",
  "expect": [
   {"names": [["recipe", "name"], ["recipe"], ["dish"], ["name"], ["title"]], "kind": "label"},
   {"names": [["cuisine"]], "kind": "enum", "values": ["Italian", "Mexican", "Indian", "Japanese", "French"]},
   {"names": RE_PREP, "kind": "number", "min": 0, "max": 480},
   {"names": RE_COOK, "kind": "number", "min": 0, "max": 720},
   {"names": RE_TOTAL, "kind": "number", "min": 1, "max": 1200},
   {"names": [["servings"], ["serves"], ["portions"], ["serving"]], "kind": "int", "min": 1, "max": 12},
   {"names": [["difficulty"]], "kind": "enum", "values": ["easy", "medium", "hard"]},
   {"names": [["calories"], ["calorie"], ["kcal"]], "kind": "number", "min": 30, "max": 2500},
   {"names": [["vegetarian"], ["veggie"], ["veg"]], "kind": "bool_share", "min": 0.15, "max": 0.45}],
  "relations": [
   {"a": RE_TOTAL, "op": "sum", "b": [RE_PREP, RE_COOK]}]},

 # ------------------------------------------------------------------ video streaming / TV shows
 {"id": "d_tv_shows",
  "description": "TV series catalog\n"
                 "show title\n"
                 "network or streaming service (Netflix, HBO, Hulu, Disney+, Prime Video)\n"
                 "genre\n"
                 "first air year\n"
                 "final season year (blank if still running)\n"
                 "number of seasons\n"
                 "number of episodes\n"
                 "IMDb rating (5% missing)",
  "expect": [
   {"names": [["title"], ["show"], ["series"], ["name"]], "kind": "label"},
   {"names": [["network"], ["service"], ["platform"], ["streaming"]], "kind": "enum",
    "values": ["Netflix", "HBO", "Hulu", "Disney+", "Prime Video", "Prime_Video"]},
   {"names": [["genre"]], "kind": "category"},
   {"names": TV_FIRST, "kind": "int", "min": 1940, "max": 2026},
   {"names": TV_SEASONS, "kind": "int", "min": 1, "max": 40},
   {"names": TV_EPISODES, "kind": "int", "min": 1, "max": 1500},
   {"names": [["rating"], ["imdb"]], "kind": "sparse", "min": 0.01, "max": 0.12, "values": ["number"]}],
  "relations": [
   {"a": TV_FIRST, "op": "<=", "b": TV_FINAL},
   {"a": TV_SEASONS, "op": "<=", "b": TV_EPISODES}]},

 {"id": "d_streaming_sessions",
  "description": "Streaming watch sessions: user id, subscription plan (basic, standard or premium), device (TV, "
                 "phone, tablet, laptop), title watched, session start, session end, minutes watched, completed "
                 "(roughly 40% yes) and country",
  "expect": [
   {"names": [["user", "id"], ["user"], ["account"]], "kind": "idlike"},
   {"names": [["plan"], ["subscription"], ["tier"]], "kind": "enum", "values": ["basic", "standard", "premium"]},
   {"names": [["device"]], "kind": "enum", "values": ["TV", "phone", "tablet", "laptop"]},
   {"names": [["title"], ["show"], ["content"]], "kind": "label"},
   {"names": SS_START, "kind": "datetime"},
   {"names": SS_END, "kind": "datetime"},
   {"names": [["minutes"], ["watch", "time"], ["duration"], ["watched"]], "kind": "number", "min": 0, "max": 720},
   {"names": [["completed"], ["complete"], ["finished"]], "kind": "bool_share", "min": 0.25, "max": 0.55},
   {"names": [["country"]], "kind": "label"}],
  "relations": [
   {"a": SS_START, "op": "<", "b": SS_END}]},

 # ------------------------------------------------------------------ bicycle shop / repairs
 {"id": "d_bike_repairs",
  "description": "Bike shop repair tickets\n"
                 "- ticket # like RPR-0001\n"
                 "- customer name + phone\n"
                 "- bike brand (Trek, Giant, Specialized, Cannondale, Brompton...)\n"
                 "- repair type e.g. flat tyre, brake adjustment, gear tuning, full service\n"
                 "- drop-off date and pick-up date (pick-up after drop-off, empty until collected), all in 2024\n"
                 "- labour hours, up to 4\n"
                 "- parts cost and labour cost in EUR, total = parts + labour\n"
                 "- status: waiting, in progress, ready, collected",
  "expect": [
   {"names": [["ticket"], ["ticket", "id"], ["id"]], "kind": "regex", "values": [r"RPR-\d{4,6}"]},
   {"names": [["customer", "name"], ["customer"], ["name"]], "kind": "person_part"},
   {"names": [["phone"]], "kind": "phone"},
   {"names": [["brand"], ["make"]], "kind": "label"},
   {"names": [["repair", "type"], ["repair"], ["service"], ["job"]], "kind": "label"},
   {"names": BR_DROP, "kind": "date_in", "min": "2024-01-01", "max": "2024-12-31"},
   {"names": [["hours"], ["labour", "hours"], ["labor", "hours"]], "kind": "number", "min": 0, "max": 4},
   {"names": BR_PARTS, "kind": "number", "min": 0, "max": 2000},
   {"names": BR_LABOUR, "kind": "number", "min": 0, "max": 600},
   {"names": BR_TOTAL, "kind": "number", "min": 0, "max": 2600},
   {"names": BR_STATUS, "kind": "enum",
    "values": ["waiting", "in progress", "in_progress", "in-progress", "ready", "collected"]}],
  "relations": [
   {"a": BR_DROP, "op": "<=", "b": BR_PICK},
   {"a": BR_TOTAL, "op": "sum", "b": [BR_PARTS, BR_LABOUR]},
   {"a": BR_STATUS, "op": "implies", "in": ["collected"], "then": BR_PICK, "filled": True}]},

 {"id": "d_bike_sales",
  "description": "Bicycle shop sales: model names, bike type (road, mountain, gravel, city, e-bike), frame size in cm "
                 "(48-62), wheel size (26, 27.5, 29 or 700c), list price, discount (up to 15% of list price), sale "
                 "price after discount, and sale date in 2023",
  "expect": [
   {"names": [["model", "name"], ["model"]], "kind": "label"},
   {"names": [["bike", "type"], ["type"], ["category"]], "kind": "enum",
    "values": ["road", "mountain", "gravel", "city", "e-bike", "ebike", "e_bike"]},
   {"names": [["frame"]], "kind": "number", "min": 48, "max": 62},
   {"names": [["wheel"]], "kind": "enum", "values": ["26", "27.5", "29", "700c"]},
   {"names": BS_LIST, "kind": "number", "min": 100, "max": 15000},
   {"names": BS_DISC, "kind": "number", "min": 0, "max": 2250},
   {"names": BS_SALE, "kind": "number", "min": 80, "max": 15000},
   {"names": [["sale", "date"], ["sold"], ["date"]], "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"}],
  "relations": [
   {"a": BS_DISC, "op": "between_ratio", "b": BS_LIST, "min": 0, "max": 0.151},
   {"a": BS_LIST, "op": "sum", "b": [BS_SALE, BS_DISC]},
   {"a": BS_SALE, "op": "<=", "b": BS_LIST}]},

 # ------------------------------------------------------------------ pet adoption shelter
 {"id": "d_shelter_animals",
  "description": "animal id\n"
                 "pet name\n"
                 "species (dog, cat, rabbit)\n"
                 "breed\n"
                 "age in years\n"
                 "sex\n"
                 "intake date\n"
                 "adoption date (only for adopted animals)\n"
                 "adoption fee (cats $50-100, dogs $100-300)\n"
                 "status (available, adopted, on hold)",
  "expect": [
   {"names": [["animal", "id"], ["id"]], "kind": "unique"},
   {"names": [["pet", "name"], ["name"]], "kind": "label"},
   {"names": SH_SPECIES, "kind": "enum", "values": ["dog", "cat", "rabbit"]},
   {"names": SH_BREED, "kind": "label"},
   {"names": [["age"]], "kind": "number", "min": 0, "max": 25},
   {"names": [["sex"], ["gender"]], "kind": "category"},
   {"names": SH_INTAKE, "kind": "date"},
   {"names": [["fee"]], "kind": "number", "min": 0, "max": 400},
   {"names": SH_STATUS, "kind": "enum", "values": ["available", "adopted", "on hold", "on_hold", "on-hold"]}],
  "relations": [
   {"a": SH_INTAKE, "op": "<=", "b": SH_ADOPT},
   {"a": SH_STATUS, "op": "implies", "in": ["adopted"], "then": SH_ADOPT, "filled": True},
   {"a": SH_STATUS, "op": "implies", "in": ["available"], "then": SH_ADOPT, "filled": False},
   {"a": SH_BREED, "op": "maps", "b": SH_SPECIES}]},

 {"id": "d_adoption_apps",
  "description": "Each row is an adoption application at an animal shelter. It records the applicant's first and "
                 "last name, their email, the applicant's age (applicants must be 21 or older), whether they have a "
                 "yard (mostly yes), the number of other pets at home (0 to 4), the pet they applied for (by pet "
                 "name), the application date sometime in 2023, and the decision, which is one of approved, denied "
                 "or pending. Approved applications also have a home visit date after the application date; the "
                 "others leave it blank.",
  "expect": [
   {"names": [["first"]], "kind": "person_part"},
   {"names": [["last"], ["surname"]], "kind": "person_part"},
   {"names": [["email"]], "kind": "email"},
   {"names": [["age"]], "kind": "int", "min": 21, "max": 100},
   {"names": [["yard"], ["garden"]], "kind": "bool_share", "min": 0.5, "max": 0.95},
   {"names": [["other", "pets"], ["pets"], ["pet", "count"]], "kind": "int", "min": 0, "max": 4},
   {"names": [["pet", "name"], ["animal"], ["pet"]], "kind": "label"},
   {"names": AA_DATE, "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"},
   {"names": AA_DECISION, "kind": "enum", "values": ["approved", "denied", "pending"]}],
  "relations": [
   {"a": AA_DATE, "op": "<", "b": AA_VISIT},
   {"a": AA_DECISION, "op": "implies", "in": ["approved"], "then": AA_VISIT, "filled": True},
   {"a": AA_DECISION, "op": "implies", "in": ["denied", "pending"], "then": AA_VISIT, "filled": False}]},

 # ------------------------------------------------------------------ public transport / bus trips
 {"id": "d_bus_trips",
  "description": "bus trips: trip_id, route (e.g. 12, 47, N5), stop_from, stop_to, dep ts, arr ts (after dep), "
                 "pax boarded (<= capacity), capacity 60-90",
  "expect": [
   {"names": [["trip", "id"], ["id"]], "kind": "unique"},
   {"names": [["route"], ["line"]], "kind": "category"},
   {"names": [["stop", "from"], ["from"], ["origin"]], "kind": "label"},
   {"names": [["stop", "to"], ["to"], ["destination"]], "kind": "label"},
   {"names": BT_DEP, "kind": "datetime"},
   {"names": BT_ARR, "kind": "datetime"},
   {"names": BT_PAX, "kind": "int", "min": 0, "max": 90},
   {"names": BT_CAP, "kind": "int", "min": 60, "max": 90}],
  "relations": [
   {"a": BT_DEP, "op": "<", "b": BT_ARR},
   {"a": BT_PAX, "op": "<=", "b": BT_CAP}]},

 {"id": "d_bus_fares",
  "description": "card_id: like TC-123456\n"
                 "rider_type: adult, student, senior or child (mostly adult)\n"
                 "tap_on: datetime, any day in January 2024\n"
                 "tap_off: datetime, after tap_on\n"
                 "zones: integer 1-4\n"
                 "fare: EUR, between 1.50 and 6.00\n"
                 "discount: EUR, never more than the fare\n"
                 "paid: fare minus discount",
  "expect": [
   {"names": [["card", "id"], ["card"]], "kind": "regex", "values": [r"TC-\d{6}"]},
   {"names": [["rider", "type"], ["rider"], ["passenger", "type"], ["type"]], "kind": "weighted",
    "values": ["adult", "student", "senior", "child"], "min": 0.4, "max": 0.95},
   {"names": BF_ON, "kind": "date_in", "min": "2024-01-01", "max": "2024-01-31"},
   {"names": BF_OFF, "kind": "datetime"},
   {"names": [["zones"], ["zone"]], "kind": "int", "min": 1, "max": 4},
   {"names": BF_FARE, "kind": "number", "min": 1.5, "max": 6},
   {"names": BF_DISC, "kind": "number", "min": 0, "max": 6},
   {"names": BF_PAID, "kind": "number", "min": 0, "max": 6}],
  "relations": [
   {"a": BF_ON, "op": "<", "b": BF_OFF},
   {"a": BF_DISC, "op": "<=", "b": BF_FARE},
   {"a": BF_FARE, "op": "sum", "b": [BF_PAID, BF_DISC]}]},

 # ------------------------------------------------------------------ museum / art collection
 {"id": "d_museum_collection",
  "description": "Museum collection records: object number (like 1998.45.2), artwork titles, artist names, year "
                 "created (1400-2020), medium (oil on canvas, bronze, watercolor, marble, etc.), height and width in "
                 "cm, acquisition year (always after it was created), insurance value in USD, and on display yes/no "
                 "(about 25% on display)",
  "expect": [
   {"names": [["object", "number"], ["accession"], ["object", "id"], ["object"]], "kind": "regex",
    "values": [r"\d{4}\.\d{1,4}(\.\d{1,3})?"]},
   {"names": [["title"], ["artwork"]], "kind": "label"},
   {"names": [["artist"]], "kind": "person_part"},
   {"names": MC_CREATED, "kind": "int", "min": 1400, "max": 2020},
   {"names": [["medium"], ["material"]], "kind": "label"},
   {"names": [["height"]], "kind": "number", "min": 1, "max": 1000},
   {"names": [["width"]], "kind": "number", "min": 1, "max": 1000},
   {"names": MC_ACQ, "kind": "int", "min": 1600, "max": 2026},
   {"names": [["insurance"], ["insured"], ["value"]], "kind": "number", "min": 500, "max": 1000000000},
   {"names": [["display"], ["displayed"], ["exhibited"]], "kind": "bool_share", "min": 0.1, "max": 0.4}],
  "relations": [
   {"a": MC_CREATED, "op": "<=", "b": MC_ACQ}]},

 {"id": "d_museum_visits",
  "description": "Museum ticket sales with ticket id, visit date (any day in 2023), ticket type (adult, child, "
                 "student, senior or member), 1 to 6 visitors per ticket, price per visitor in EUR (members free, "
                 "adults around 18), total paid (visitors times price), and exhibition name, such as Impressionist "
                 "Masters, Egyptian Treasures or Modern Sculpture",
  "expect": [
   {"names": [["ticket", "id"], ["id"]], "kind": "unique"},
   {"names": [["visit", "date"], ["date"]], "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"},
   {"names": [["ticket", "type"], ["type"], ["category"]], "kind": "enum",
    "values": ["adult", "child", "student", "senior", "member"]},
   {"names": MV_PRICE, "kind": "number", "min": 0, "max": 40},
   {"names": MV_COUNT, "kind": "int", "min": 1, "max": 6},
   {"names": MV_TOTAL, "kind": "number", "min": 0, "max": 240},
   {"names": [["exhibition"], ["exhibit"]], "kind": "label"}],
  "relations": [
   {"a": MV_TOTAL, "op": "product", "b": [MV_COUNT, MV_PRICE]}]},

 # ------------------------------------------------------------------ solar panels / renewable energy
 {"id": "d_solar_readings",
  "description": "solar inverter readings: ts every 15 min (June 2024), site_id, irradiance W/m2, panel temp C "
                 "(~5% missing, sensor dropouts), dc_kw, ac_kw, grid voltage around 230 V, grid export kwh",
  "expect": [
   {"names": [["ts"], ["timestamp"], ["time"]], "kind": "date_in", "min": "2024-06-01", "max": "2024-06-30"},
   {"names": [["site"]], "kind": "idlike"},
   {"names": [["irradiance"], ["ghi"]], "kind": "number", "min": 0, "max": 1500},
   {"names": [["temp"], ["temperature"]], "kind": "sparse", "min": 0.01, "max": 0.12, "values": ["number"]},
   {"names": SR_DC, "kind": "number", "min": 0, "max": 10000},
   {"names": SR_AC, "kind": "number", "min": 0, "max": 10000},
   {"names": [["voltage"], ["volts"], ["volt"], ["grid", "v"]], "kind": "number", "min": 200, "max": 260},
   {"names": [["export"]], "kind": "number", "min": 0, "max": 100000}],
  "relations": [
   {"a": SR_AC, "op": "<=", "b": SR_DC}]},

 {"id": "d_solar_installs",
  "description": "A list of residential solar panel installations. Each row has an installation id like SOL-00001, "
                 "the homeowner's name, the city and state (US), the system size in kW (typically 3 to 15), the "
                 "number of panels, the installer company, the install date sometime between 2019 and 2023, the "
                 "total cost in USD, the federal tax credit (30% of the total cost) and the estimated annual "
                 "production in kWh. The net cost is the total cost minus the tax credit.",
  "expect": [
   {"names": [["installation", "id"], ["install", "id"], ["id"]], "kind": "regex", "values": [r"SOL-\d{5,6}"]},
   {"names": [["homeowner"], ["owner"], ["customer"], ["name"]], "kind": "person_part"},
   {"names": SI_CITY, "kind": "label"},
   {"names": SI_STATE, "kind": "label"},
   {"names": [["size"], ["kw"], ["capacity"]], "kind": "number", "min": 1, "max": 30},
   {"names": [["panels"], ["panel"], ["modules"]], "kind": "int", "min": 4, "max": 100},
   {"names": [["installer"], ["company"]], "kind": "label"},
   {"names": [["install", "date"], ["installation", "date"], ["installed"], ["date"]], "kind": "date_in",
    "min": "2019-01-01", "max": "2023-12-31"},
   {"names": SI_TOTAL, "kind": "number", "min": 3000, "max": 120000},
   {"names": SI_CREDIT, "kind": "number", "min": 900, "max": 36000},
   {"names": [["production"], ["generation"], ["output"]], "kind": "number", "min": 1000, "max": 40000},
   {"names": SI_NET, "kind": "number", "min": 2000, "max": 85000}],
  "relations": [
   {"a": SI_CREDIT, "op": "between_ratio", "b": SI_TOTAL, "min": 0.29, "max": 0.31},
   {"a": SI_TOTAL, "op": "sum", "b": [SI_NET, SI_CREDIT]},
   {"a": SI_CITY, "op": "maps", "b": SI_STATE}]},
]
