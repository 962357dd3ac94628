"""Blind batch g (2026-12-02): 32 descriptions of one table each, for score.py --cases.

Written blind from shared/eval only (README.md, example_cases.py, score.py); the planner's output was not seen.

Domains (two cases each): hospital patients and admissions; online store orders and products; bank accounts
and card transactions; employees and HR; students and grades; real estate listings; restaurant orders and menus;
IoT sensor readings; zoo or aquarium animals; court cases and lawyers; parking garages and tickets; fishing trips
and catches; esports matches and players; farm livestock; satellite or rocket launches; trading-card collections.

Phrasing styles (each used at least 3 times, many cases mix several):
- comma list with "and"/"or": g_shop_products, g_re_rentals, g_park_garages, g_esports_players, g_cards_sales, g_aq_tanks
- "Title: list": g_hr_leave, g_rest_menu, g_farm_milk, g_cards_collection, g_zoo_animals, g_stud_grades
- bulleted list ("- " / "* "): g_bank_accounts, g_rest_orders, g_fish_trips
- one column per line: g_bank_card_txns, g_launch_rockets, g_court_lawyers
- "name: type" lines: g_hosp_patients, g_iot_power, g_stud_roster, g_fish_catches, g_launch_satellites
- paragraph of full sentences: g_hosp_admissions, g_re_listings, g_court_cases, g_esports_matches
- terse shorthand: g_shop_orders, g_hr_employees, g_iot_env, g_park_tickets
- parentheses with details: g_stud_grades, g_zoo_animals, g_farm_livestock, g_cards_collection, g_shop_orders, ...
- plural nouns: g_re_rentals, g_aq_tanks, g_cards_collection, g_esports_players, g_shop_products
- "X names" of things: g_shop_products (product/brand names), g_rest_menu (dish names), g_park_garages
  (garage/operator company names), g_fish_trips (boat names), g_esports_players (team names)

Conventions:
- names lists are generous with synonyms/abbreviations; lists shared by a concept and its relations are module
  constants, so a relation resolves to the column its concept matched;
- specific concepts come before generic ones (sale price before price, occupied/EV spaces before total spaces);
- `enum` holds exactly the stated values (plus snake_case spellings of multi-word values, and the obvious
  expansion of a stated abbreviation); `label` for names of things; ranges are the stated ones, else generous;
- a column the description says is blank for some rows is not a concept; it appears only in relations
  (implies filled/blank, orderings);
- only relations the description states, or that a careful reader takes as implied, are listed.
"""

Y = ["yes", "true", "y", "1", "t"]
N = ["no", "false", "n", "0", "f"]

# ---------------------------------------------------------------- hospital patients and admissions
HA_ADMIT = [["admission", "date"], ["admission"], ["admit", "date"], ["admitted"], ["admit"], ["admitted", "on"]]
HA_DISCH = [["discharge", "date"], ["discharge"], ["discharged"]]
HP_DOB = [["date", "of", "birth"], ["dob"], ["birth", "date"], ["birthdate"], ["birthday"], ["born"]]
HP_VISIT = [["last", "visit"], ["visit"], ["last", "seen"]]

# ---------------------------------------------------------------- online store
SO_ORDER_DATE = [["order", "date"], ["order", "dt"], ["ordered"], ["order", "time"], ["ordered", "at"], ["placed"]]
SO_SHIP = [["ship", "date"], ["ship", "dt"], ["shipped"], ["ship"], ["shipping", "date"], ["shipped", "at"]]
SO_TOTAL = [["total"], ["order", "total"], ["amount"], ["line", "total"]]
SO_QTY = [["qty"], ["quantity"], ["units"], ["items"]]
SO_UNIT = [["unit", "price"], ["unit", "px"], ["unit", "cost"], ["price"], ["px"]]
SO_STATUS = [["status"], ["order", "status"]]
SO_TRACK = [["tracking"], ["tracking", "number"], ["tracking", "no"]]
SP_SALE = [["sale", "price"], ["sale"], ["discount", "price"], ["discounted", "price"], ["discounted"]]
SP_LIST = [["list", "price"], ["list"], ["msrp"], ["regular", "price"], ["price"]]

# ---------------------------------------------------------------- bank
BA_CITY = [["branch", "city"], ["city"]]
BA_STATE = [["branch", "state"], ["state"]]
BA_TYPE = [["account", "type"], ["type"]]
BA_OVERDRAFT = [["overdraft"], ["overdraft", "limit"]]
BA_STATUS = [["status"], ["account", "status"]]
BA_CLOSED = [["closed", "date"], ["closed", "on"], ["closure"], ["close", "date"], ["closed"]]
BA_OPENED = [["opened", "date"], ["open", "date"], ["opened"], ["opening", "date"], ["opened", "on"]]
BT_AMOUNT = [["amount"], ["transaction", "amount"], ["amt"]]
BT_REFUND = [["refund"], ["refund", "amount"], ["refunded"]]

# ---------------------------------------------------------------- HR
HR_HIRE = [["hire", "dt"], ["hire", "date"], ["hired"], ["hire"], ["start", "date"]]
HR_TERM = [["term", "dt"], ["termination"], ["term", "date"], ["terminated"], ["term"], ["end", "date"], ["left"]]
HR_STATUS = [["status"], ["employment", "status"]]
HL_START = [["start", "date"], ["start"], ["from"], ["leave", "start"]]
HL_END = [["end", "date"], ["end"], ["until"], ["leave", "end"]]
HL_SUBMIT = [["submitted"], ["submitted", "on"], ["submission"], ["request", "date"], ["requested", "on"], ["submitted", "date"]]

# ---------------------------------------------------------------- students
SG_SCORE = [["exam", "score"], ["score"], ["marks"], ["mark"], ["points"]]
SG_GRADE = [["letter", "grade"], ["grade"], ["letter"]]
SG_PASS = [["pass"], ["passed"], ["pass", "fail"]]
SR_ENROLL = [["enrollment", "year"], ["enrollment"], ["enrolled"], ["enroll", "year"], ["start", "year"], ["intake"]]
SR_GRAD = [["expected", "graduation", "year"], ["graduation", "year"], ["graduation"], ["grad", "year"], ["grad"]]

# ---------------------------------------------------------------- real estate
RE_PPSF = [["price", "per"], ["ppsf"], ["per", "sqft"], ["per", "sq"], ["per", "square"], ["psf"]]
RE_PRICE = [["asking", "price"], ["list", "price"], ["listing", "price"], ["price"]]
RE_SQFT = [["square", "footage"], ["square", "feet"], ["sqft"], ["sq", "ft"], ["footage"], ["area"], ["size"]]
RE_LISTED = [["listing", "date"], ["listed", "date"], ["listed"], ["list", "date"], ["listed", "on"], ["date", "listed"]]
RE_SOLD = [["sold", "date"], ["sold"], ["sale", "date"], ["date", "sold"], ["sold", "on"]]
RR_DEPOSIT = [["deposit"], ["security", "deposit"]]
RR_RENT = [["rent"], ["monthly", "rent"], ["rent", "monthly"]]

# ---------------------------------------------------------------- restaurant
RO_SUBTOTAL = [["subtotal"], ["sub", "total"]]
RO_TAX = [["tax"], ["sales", "tax"], ["vat"]]
RO_TIP = [["tip"], ["gratuity"], ["tips"]]
RO_TOTAL = [["total"], ["grand", "total"], ["bill", "total"]]

# ---------------------------------------------------------------- IoT
IP_VOLT = [["voltage"], ["volts"], ["volt"], ["v"]]
IP_CURR = [["current"], ["current", "amps"], ["amps"], ["amperage"], ["a"]]
IP_POWER = [["power", "watts"], ["power"], ["watts"], ["wattage"], ["w"]]
IP_STATUS = [["status"], ["state"]]
IP_ERR = [["error", "code"], ["error"], ["fault", "code"]]
IE_SENSOR = [["sensor", "id"], ["sensor"], ["device", "id"], ["device"]]
IE_LOC = [["loc"], ["location"], ["warehouse"], ["site"]]

# ---------------------------------------------------------------- zoo / aquarium
ZA_SPECIES = [["species"]]
ZA_ENCL = [["enclosure"], ["habitat"], ["exhibit"], ["zone"]]
ZA_DOB = [["date", "of", "birth"], ["dob"], ["birth", "date"], ["birthdate"], ["born"]]
ZA_ARRIVAL = [["arrival", "date"], ["arrival"], ["arrived"], ["arrived", "on"], ["acquired"]]
AQ_LAST = [["last", "cleaning"], ["last", "cleaned"], ["last", "clean"], ["last"]]
AQ_NEXT = [["next", "cleaning"], ["next", "clean"], ["next"]]

# ---------------------------------------------------------------- court
CC_OUTCOME = [["outcome"], ["result"], ["disposition"], ["status"], ["verdict"]]
CC_FILED = [["filing", "date"], ["filed"], ["filed", "on"], ["file", "date"], ["filing"], ["date", "filed"]]
CC_CLOSED = [["closing", "date"], ["closed"], ["close", "date"], ["closed", "on"], ["closing"], ["date", "closed"], ["resolution", "date"]]
CC_DAMAGES = [["damages"], ["damages", "awarded"], ["award"], ["awarded"]]
CL_WON = [["cases", "won"], ["won"], ["wins"]]
CL_LOST = [["cases", "lost"], ["lost"], ["losses"]]
CL_SETTLED = [["cases", "settled"], ["settled"], ["settlements"]]
CL_TOTAL = [["total", "cases"], ["total"], ["cases", "total"], ["case", "count"]]

# ---------------------------------------------------------------- parking
PT_ENTRY = [["entry", "ts"], ["entry", "time"], ["entry"], ["entered"], ["entered", "at"], ["in", "time"], ["time", "in"]]
PT_EXIT = [["exit", "ts"], ["exit", "time"], ["exit"], ["exited"], ["exited", "at"], ["out", "time"], ["time", "out"]]
PT_HOURS = [["hrs"], ["hours"], ["hrs", "parked"], ["hours", "parked"], ["duration"]]
PT_RATE = [["rate"], ["hourly", "rate"], ["rate", "per", "hour"], ["hourly"], ["per", "hr"]]
PT_FEE = [["fee"], ["charge"], ["amount"], ["total"], ["amount", "due"]]
PG_OCC = [["occupied"], ["occupancy"], ["spaces", "occupied"], ["occupied", "spaces"]]
PG_EV = [["ev"], ["charging"], ["charger"], ["chargers"], ["ev", "spots"]]
PG_TOTAL = [["total", "spaces"], ["capacity"], ["total"], ["spaces"], ["total", "spots"]]
PG_HOURLY = [["hourly", "rate"], ["hourly"], ["rate", "per", "hour"], ["per", "hour"]]
PG_DAILY = [["daily", "max"], ["daily"], ["max", "daily"], ["day", "max"], ["daily", "maximum"]]

# ---------------------------------------------------------------- fishing
FT_DEPART = [["departure", "time"], ["departure"], ["depart"], ["departed"], ["departure", "at"], ["start", "time"]]
FT_RETURN = [["return", "time"], ["return"], ["returned"], ["returned", "at"], ["end", "time"]]
FT_CAUGHT = [["fish", "caught"], ["caught"], ["catch"], ["total", "fish"], ["total", "caught"], ["catch", "total"]]
FT_KEPT = [["fish", "kept"], ["kept"], ["keep"], ["retained"], ["harvested"]]
FT_ANGLERS = [["anglers"], ["angler", "count"], ["number", "of", "anglers"], ["num", "anglers"], ["guests"], ["people"]]
FT_PPA = [["price", "per", "angler"], ["per", "angler"], ["price", "per", "person"], ["price"]]
FT_REVENUE = [["trip", "revenue"], ["revenue"], ["total"]]
FC_SPECIES = [["species"], ["fish"], ["fish", "species"]]
FC_LIMIT = [["min", "size", "limit"], ["size", "limit"], ["limit"], ["legal", "min"], ["legal"], ["minimum"]]

# ---------------------------------------------------------------- esports
EM_WROUNDS = [["winner", "rounds"], ["winning", "rounds"], ["winner", "score"], ["winning", "score"], ["rounds", "won"], ["winner", "round"]]
EM_LROUNDS = [["loser", "rounds"], ["losing", "rounds"], ["loser", "score"], ["losing", "score"], ["rounds", "lost"], ["loser", "round"]]
EM_START = [["start", "time"], ["start"], ["started"], ["started", "at"], ["start", "at"], ["match", "start"]]
EM_END = [["end", "time"], ["end"], ["ended"], ["ended", "at"], ["end", "at"], ["match", "end"]]
EP_TEAM = [["team", "name"], ["team"]]
EP_REGION = [["region"], ["team", "region"]]

# ---------------------------------------------------------------- farm
FL_TYPE = [["animal", "type"], ["species"], ["type"], ["animal"], ["livestock", "type"]]
FL_BREED = [["breed"]]
FL_BIRTH = [["birth", "date"], ["date", "of", "birth"], ["dob"], ["birthdate"], ["born"]]
FL_VET = [["last", "vet", "check"], ["vet", "check"], ["vet"], ["last", "check"], ["checkup"], ["last", "checkup"]]
FM_MORNING = [["morning"], ["am"], ["morning", "litres"], ["morning", "liters"]]
FM_EVENING = [["evening"], ["pm"], ["evening", "litres"], ["evening", "liters"]]
FM_TOTAL = [["total"], ["total", "litres"], ["total", "liters"], ["daily", "yield"], ["daily", "total"]]

# ---------------------------------------------------------------- launches
LR_ROCKET = [["rocket"], ["vehicle"], ["launcher"], ["launch", "vehicle"]]
LR_SCHED = [["scheduled", "date"], ["scheduled"], ["planned"], ["target", "date"], ["scheduled", "launch"], ["planned", "date"]]
LR_ACTUAL = [["actual", "launch", "date"], ["actual"], ["actual", "date"], ["launch", "date"], ["launched"], ["launched", "on"]]
LR_LANDING = [["landing"], ["booster"], ["landing", "result"], ["booster", "landing"]]
LS_LAUNCH = [["launch", "date"], ["launched"], ["launch"], ["launched", "on"]]
LS_DECOM = [["decommission", "date"], ["decommission"], ["decommissioned"], ["retired"], ["retirement", "date"], ["end", "of", "life"]]
LS_STATUS = [["status"], ["state"]]

# ---------------------------------------------------------------- trading cards
TC_VALUE = [["current", "value"], ["value"], ["market", "value"], ["worth"], ["current", "price"]]
TC_PAID = [["purchase", "price"], ["paid"], ["price", "paid"], ["cost"], ["purchase", "cost"], ["bought", "for"]]
TC_PROFIT = [["profit"], ["gain"], ["profit", "loss"], ["pnl"], ["p", "l"]]
CS_START_BID = [["starting", "bid"], ["start", "bid"], ["starting", "price"], ["opening", "bid"], ["starting"], ["min", "bid"]]
CS_FINAL = [["final", "sale", "price"], ["final", "price"], ["sale", "price"], ["final"], ["sold", "price"], ["sold", "for"], ["hammer", "price"]]
CS_GRADED = [["graded"], ["is", "graded"]]
CS_GRADE = [["grade"], ["psa", "grade"], ["psa"], ["card", "grade"]]
CS_START = [["auction", "start"], ["start", "date"], ["start"], ["started"], ["starts"], ["listed"]]
CS_END = [["auction", "end"], ["end", "date"], ["end"], ["ended"], ["ends"], ["closed"], ["close", "date"]]


CASES = [
 # ============================================================ hospital patients and admissions
 {"id": "g_hosp_admissions",  # paragraph, ids like, relation discharge after admission
  "description": "I need a table of hospital admissions. Each row is one inpatient stay. Give every stay a patient ID "
                 "like PT-00123 and the patient's full name and age (0 to 100). Record the ward they were admitted to, "
                 "which is cardiology, oncology, maternity, orthopedics or general. The admission date should be "
                 "sometime in 2023, and the discharge date is always on or after the admission date. Also add the "
                 "attending doctor's name and whether the patient was readmitted within 30 days, with about 10% yes.",
  "expect": [
   {"names": [["patient", "id"], ["patient", "no"], ["mrn"], ["id"]], "kind": "regex", "values": [r"PT-\d{3,6}"]},
   {"names": [["attending"], ["doctor"], ["physician"]], "kind": "person_part"},
   {"names": [["patient", "name"], ["full", "name"], ["name"], ["patient"]], "kind": "person_part"},
   {"names": [["age"]], "kind": "int", "min": 0, "max": 100},
   {"names": [["ward"], ["department"], ["unit"]], "kind": "enum",
    "values": ["cardiology", "oncology", "maternity", "orthopedics", "general"]},
   {"names": HA_ADMIT, "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"},
   {"names": HA_DISCH, "kind": "date"},
   {"names": [["readmitted"], ["readmission"], ["readmit"], ["readmitted", "within"]], "kind": "bool_share", "min": 0.03, "max": 0.2}],
  "relations": [
   {"a": HA_ADMIT, "op": "<=", "b": HA_DISCH}]},

 {"id": "g_hosp_patients",  # name: type lines, enum in parentheses, email from name, zip in state
  "description": "patient_id: integer\nfirst_name: string\nlast_name: string\ndate_of_birth: date\nsex: M or F\n"
                 "blood_type: string (A+, A-, B+, B-, AB+, AB-, O+, O-)\ninsurance_provider: string (insurance company)\n"
                 "primary_physician: string (doctor's name)\nemail: string, built from first and last name\n"
                 "state: US state\nzip: zip code in that state\nlast_visit: date, after date_of_birth, within the last 3 years",
  "expect": [
   {"names": [["patient", "id"], ["id"]], "kind": "unique"},
   {"names": [["first", "name"], ["first"], ["given", "name"]], "kind": "person_part"},
   {"names": [["last", "name"], ["last"], ["surname"], ["family", "name"]], "kind": "person_part"},
   {"names": HP_DOB, "kind": "date"},
   {"names": [["sex"], ["gender"]], "kind": "enum", "values": ["M", "F"]},
   {"names": [["blood", "type"], ["blood"], ["blood", "group"]], "kind": "enum",
    "values": ["A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-"]},
   {"names": [["insurance", "provider"], ["insurance"], ["insurer"], ["provider"]], "kind": "label"},
   {"names": [["primary", "physician"], ["physician"], ["doctor"], ["pcp"]], "kind": "person_part"},
   {"names": [["email"], ["e", "mail"]], "kind": "email"},
   {"names": [["state"]], "kind": "text"},
   {"names": [["zip"], ["zipcode"], ["zip", "code"], ["postal"]], "kind": "zip"},
   {"names": HP_VISIT, "kind": "date"}],
  "relations": [
   {"a": HP_DOB, "op": "<", "b": HP_VISIT}]},

 # ============================================================ online store orders and products
 {"id": "g_shop_orders",  # terse shorthand, ids like, product, status-dependent blanks
  "description": "ord id (ORD-0001...), cust name, cust email, order dt in 2024, qty 1-10, unit px $3-$250, "
                 "total = qty x unit px, status (pending, shipped, delivered, returned), ship dt (empty while pending), "
                 "tracking no once shipped or delivered",
  "expect": [
   {"names": [["ord", "id"], ["order", "id"], ["order", "no"], ["order", "number"], ["id"]], "kind": "regex", "values": [r"ORD-\d{4,6}"]},
   {"names": [["cust", "name"], ["customer", "name"], ["customer"], ["name"]], "kind": "person_part"},
   {"names": [["cust", "email"], ["customer", "email"], ["email"]], "kind": "email"},
   {"names": SO_ORDER_DATE, "kind": "date_in", "min": "2024-01-01", "max": "2024-12-31"},
   {"names": SO_TOTAL, "kind": "number", "min": 3, "max": 2500},
   {"names": SO_QTY, "kind": "int", "min": 1, "max": 10},
   {"names": SO_UNIT, "kind": "number", "min": 3, "max": 250},
   {"names": SO_STATUS, "kind": "enum", "values": ["pending", "shipped", "delivered", "returned"]}],
  "relations": [
   {"a": SO_TOTAL, "op": "product", "b": [SO_QTY, SO_UNIT]},
   {"a": SO_ORDER_DATE, "op": "<=", "b": SO_SHIP},
   {"a": SO_STATUS, "op": "implies", "in": ["pending"], "then": SO_SHIP, "filled": False},
   {"a": SO_STATUS, "op": "implies", "in": ["shipped", "delivered"], "then": SO_TRACK, "filled": True},
   {"a": SO_STATUS, "op": "implies", "in": ["pending"], "then": SO_TRACK, "filled": False}]},

 {"id": "g_shop_products",  # comma list with "or", product names / brand names, part <= whole
  "description": "Product catalog for a kitchenware shop with product names, SKUs like KW-1042, brand names, "
                 "categories (cookware, cutlery, bakeware, small appliances or storage), list prices between $5 and $400, "
                 "sale prices that are never above the list price, stock quantities from 0 to 500, and average ratings "
                 "from 1 to 5 with one decimal",
  "expect": [
   {"names": [["sku"], ["product", "code"], ["item", "code"]], "kind": "regex", "values": [r"KW-\d{3,6}"]},
   {"names": [["brand", "name"], ["brand"], ["manufacturer"]], "kind": "label"},
   {"names": [["product", "name"], ["product"], ["item", "name"], ["name"], ["title"]], "kind": "label"},
   {"names": [["category"], ["categories"]], "kind": "enum",
    "values": ["cookware", "cutlery", "bakeware", "small appliances", "small_appliances", "storage"]},
   {"names": SP_SALE, "kind": "number", "min": 0, "max": 400},
   {"names": SP_LIST, "kind": "number", "min": 5, "max": 400},
   {"names": [["stock"], ["stock", "quantity"], ["quantity"], ["qty"], ["inventory"], ["in", "stock"]], "kind": "int", "min": 0, "max": 500},
   {"names": [["rating"], ["average", "rating"], ["avg", "rating"], ["stars"]], "kind": "number", "min": 1, "max": 5}],
  "relations": [
   {"a": SP_SALE, "op": "<=", "b": SP_LIST}]},

 # ============================================================ bank accounts and card transactions
 {"id": "g_bank_accounts",  # bulleted "- ", city in state, status-dependent blanks, "most are active"
  "description": "Bank accounts table:\n- account number (10 digits)\n- account holder name\n"
                 "- account type: checking, savings or business\n- branch city and branch state (the bank has about 15 branches)\n"
                 "- opened date, sometime between 2010 and 2024\n- current balance, can't be negative, 2 decimal places\n"
                 "- overdraft limit (checking accounts only, blank for the others)\n"
                 "- status: most are active, some dormant or closed\n- closed date, only if the status is closed",
  "expect": [
   {"names": [["account", "number"], ["account", "no"], ["account", "num"], ["acct", "no"], ["acct", "number"], ["account"]], "kind": "regex", "values": [r"\d{10}"]},
   {"names": [["holder"], ["account", "holder"], ["holder", "name"], ["name"], ["owner"]], "kind": "person_part"},
   {"names": BA_TYPE, "kind": "enum", "values": ["checking", "savings", "business"]},
   {"names": BA_CITY, "kind": "text"},
   {"names": BA_STATE, "kind": "text"},
   {"names": BA_OPENED, "kind": "date_in", "min": "2010-01-01", "max": "2024-12-31"},
   {"names": [["balance"], ["current", "balance"]], "kind": "number", "min": 0},
   {"names": BA_STATUS, "kind": "weighted", "values": ["active", "dormant", "closed"], "min": 0.5, "max": 1.0}],
  "relations": [
   {"a": BA_CITY, "op": "maps", "b": BA_STATE},
   {"a": BA_TYPE, "op": "implies", "in": ["savings", "business"], "then": BA_OVERDRAFT, "filled": False},
   {"a": BA_STATUS, "op": "implies", "in": ["closed"], "then": BA_CLOSED, "filled": True},
   {"a": BA_STATUS, "op": "implies", "in": ["active", "dormant"], "then": BA_CLOSED, "filled": False},
   {"a": BA_OPENED, "op": "<", "b": BA_CLOSED}]},

 {"id": "g_bank_card_txns",  # one column per line, card numbers, refund <= payment, roughly 2% flagged
  "description": "card transactions\ntransaction id\ncard number (valid Visa or Mastercard numbers)\ncardholder name\n"
                 "merchant name\nmerchant category (grocery, fuel, dining, travel, online)\namount in USD, mostly under $200\n"
                 "timestamp during March 2024\nrefund amount (blank unless refunded, never more than the amount)\n"
                 "is_fraud flag, roughly 2% true",
  "expect": [
   {"names": [["transaction", "id"], ["txn", "id"], ["trans", "id"], ["id"]], "kind": "unique"},
   {"names": [["card", "number"], ["card", "no"], ["card", "num"], ["pan"], ["card"]], "kind": "luhn"},
   {"names": [["cardholder"], ["cardholder", "name"], ["card", "holder"], ["holder"], ["name"]], "kind": "person_part"},
   {"names": [["merchant", "category"], ["category"], ["mcc"]], "kind": "enum", "values": ["grocery", "fuel", "dining", "travel", "online"]},
   {"names": [["merchant", "name"], ["merchant"]], "kind": "label"},
   {"names": BT_AMOUNT, "kind": "number", "min": 0, "max": 10000},
   {"names": [["timestamp"], ["time"], ["date"], ["transaction", "time"], ["datetime"], ["ts"]], "kind": "date_in", "min": "2024-03-01", "max": "2024-03-31"},
   {"names": [["is", "fraud"], ["fraud"], ["flag"], ["flagged"]], "kind": "bool_share", "min": 0.0, "max": 0.08}],
  "relations": [
   {"a": BT_REFUND, "op": "<=", "b": BT_AMOUNT}]},

 # ============================================================ employees and HR
 {"id": "g_hr_employees",  # terse shorthand, email from name, end after start, blank unless status
  "description": "emp id, first nm, last nm, dept (Eng, Sales, HR, Finance, Ops), job title, sal 40k-180k, hire dt, "
                 "status (active, on leave, left), term dt only if left, mgr id, work email first.last@acme.com",
  "expect": [
   {"names": [["emp", "id"], ["employee", "id"], ["emp", "no"], ["employee", "number"], ["id"]], "kind": "unique"},
   {"names": [["first", "nm"], ["first", "name"], ["first"], ["fname"]], "kind": "person_part"},
   {"names": [["last", "nm"], ["last", "name"], ["last"], ["lname"], ["surname"]], "kind": "person_part"},
   {"names": [["dept"], ["department"]], "kind": "enum",
    "values": ["Eng", "Engineering", "Sales", "HR", "Human Resources", "human_resources", "Finance", "Ops", "Operations"]},
   {"names": [["job", "title"], ["title"], ["position"], ["role"]], "kind": "label"},
   {"names": [["sal"], ["salary"], ["annual", "salary"], ["pay"]], "kind": "number", "min": 40000, "max": 180000},
   {"names": HR_HIRE, "kind": "date"},
   {"names": HR_STATUS, "kind": "enum", "values": ["active", "on leave", "on_leave", "left"]},
   {"names": [["mgr", "id"], ["manager", "id"], ["manager"], ["mgr"]], "kind": "idlike"},
   {"names": [["work", "email"], ["email"]], "kind": "regex", "values": [r"(?i)[a-z'\-]+\.[a-z'\-]+@acme\.com"]}],
  "relations": [
   {"a": HR_HIRE, "op": "<", "b": HR_TERM},
   {"a": HR_STATUS, "op": "implies", "in": ["left"], "then": HR_TERM, "filled": True},
   {"a": HR_STATUS, "op": "implies", "in": ["active", "on leave", "on_leave"], "then": HR_TERM, "filled": False}]},

 {"id": "g_hr_leave",  # Title: list, about 80% yes, ordered dates
  "description": "Leave requests: employee name, leave type (vacation, sick, parental, unpaid), start date, end date, "
                 "days requested 1-20, approved yes/no (about 80% yes), approver name, date submitted (before the start date)",
  "expect": [
   {"names": [["employee", "name"], ["employee"], ["name"]], "kind": "person_part"},
   {"names": [["leave", "type"], ["type"]], "kind": "enum", "values": ["vacation", "sick", "parental", "unpaid"]},
   {"names": HL_START, "kind": "date"},
   {"names": HL_END, "kind": "date"},
   {"names": [["days", "requested"], ["days"], ["duration"], ["num", "days"]], "kind": "int", "min": 1, "max": 20},
   {"names": [["approved"], ["approval"], ["is", "approved"]], "kind": "bool_share", "min": 0.65, "max": 0.92},
   {"names": [["approver"], ["approver", "name"], ["approved", "by"], ["manager"]], "kind": "person_part"},
   {"names": HL_SUBMIT, "kind": "date"}],
  "relations": [
   {"a": HL_START, "op": "<=", "b": HL_END},
   {"a": HL_SUBMIT, "op": "<", "b": HL_START}]},

 # ============================================================ students and grades
 {"id": "g_stud_grades",  # Title: list + parentheses, grade consistent with score
  "description": "Student grades for one semester: student id (S followed by 6 digits), student name, course code "
                 "(like MATH101 or CS201), exam score (whole number 0-100), letter grade (A, B, C, D, F based on the score: "
                 "90+ A, 80-89 B, 70-79 C, 60-69 D, below 60 F), passed (yes if the grade is D or better)",
  "expect": [
   {"names": [["student", "id"], ["id"]], "kind": "regex", "values": [r"S\d{6}"]},
   {"names": [["student", "name"], ["name"], ["student"]], "kind": "person_part"},
   {"names": [["course", "code"], ["course"], ["course", "id"]], "kind": "regex", "values": [r"[A-Z]{2,5} ?\d{3}"]},
   {"names": SG_SCORE, "kind": "int", "min": 0, "max": 100},
   {"names": SG_GRADE, "kind": "enum", "values": ["A", "B", "C", "D", "F"]},
   {"names": SG_PASS, "kind": "bool"}],
  "relations": [
   {"a": SG_SCORE, "op": "maps", "b": SG_GRADE},
   {"a": SG_GRADE, "op": "maps", "b": SG_PASS}]},

 {"id": "g_stud_roster",  # name: type lines, email domain, 2 decimals, year order
  "description": "student_id: int\nfull_name: text\nemail: text, university address like jdoe@university.edu\n"
                 "date_of_birth: date, students are 17 to 30 years old\nenrollment_year: int 2018-2024\n"
                 "expected_graduation_year: int, 4 years after enrollment\n"
                 "major: text (Biology, Computer Science, History, Economics, Nursing)\ngpa: float 0.0-4.0, two decimals\n"
                 "credits_completed: int 0-160",
  "expect": [
   {"names": [["student", "id"], ["id"]], "kind": "unique"},
   {"names": [["full", "name"], ["name"], ["student", "name"]], "kind": "person_part"},
   {"names": [["email"]], "kind": "regex", "values": [r"(?i)[^@\s]+@university\.edu"]},
   {"names": [["date", "of", "birth"], ["dob"], ["birth", "date"], ["birthdate"]], "kind": "date_in", "min": "1990-01-01", "max": "2010-12-31"},
   {"names": SR_GRAD, "kind": "int", "min": 2019, "max": 2030},
   {"names": SR_ENROLL, "kind": "int", "min": 2018, "max": 2024},
   {"names": [["major"], ["program"], ["field"]], "kind": "enum",
    "values": ["Biology", "Computer Science", "computer_science", "History", "Economics", "Nursing"]},
   {"names": [["gpa"]], "kind": "number", "min": 0, "max": 4},
   {"names": [["credits", "completed"], ["credits"], ["credit", "hours"]], "kind": "int", "min": 0, "max": 160}],
  "relations": [
   {"a": SR_ENROLL, "op": "<", "b": SR_GRAD}]},

 # ============================================================ real estate listings
 {"id": "g_re_listings",  # paragraph, ids like, derived price per sqft, sold after listed (30% filled)
  "description": "We're building a demo for a real estate website. Each listing has a listing ID like RE-20451, a street "
                 "address, the city and state (US), and a zip code that actually belongs to that state. Include the "
                 "property type (house, condo, townhouse or land), the number of bedrooms (0 to 6) and bathrooms (1 to 4), "
                 "square footage between 500 and 5,000, the asking price, and the price per square foot, which is just the "
                 "price divided by the square footage. Listings go up sometime in 2024, and about 30% of them have a sold "
                 "date after the listing date.",
  "expect": [
   {"names": [["listing", "id"], ["listing"], ["id"]], "kind": "regex", "values": [r"RE-\d{4,6}"]},
   {"names": [["street", "address"], ["address"], ["street"]], "kind": "text"},
   {"names": [["city"]], "kind": "text"},
   {"names": [["state"]], "kind": "text"},
   {"names": [["zip"], ["zipcode"], ["zip", "code"], ["postal"]], "kind": "zip"},
   {"names": [["property", "type"], ["type"]], "kind": "enum", "values": ["house", "condo", "townhouse", "land"]},
   {"names": [["bedrooms"], ["beds"], ["bedroom"], ["bed"], ["br"]], "kind": "int", "min": 0, "max": 6},
   {"names": [["bathrooms"], ["baths"], ["bathroom"], ["bath"], ["ba"]], "kind": "number", "min": 1, "max": 4},
   {"names": RE_PPSF, "kind": "number", "min": 1, "max": 10000},
   {"names": RE_PRICE, "kind": "number", "min": 10000, "max": 50000000},
   {"names": RE_SQFT, "kind": "number", "min": 500, "max": 5000},
   {"names": RE_LISTED, "kind": "date_in", "min": "2024-01-01", "max": "2024-12-31"}],
  "relations": [
   {"a": RE_PRICE, "op": "product", "b": [RE_PPSF, RE_SQFT], "tol": 0.02},
   {"a": RE_LISTED, "op": "<", "b": RE_SOLD}]},

 {"id": "g_re_rentals",  # comma list with "or", plural nouns, between $, ratio relation
  "description": "Apartment rental listings with neighborhood names, monthly rents between $900 and $4,500, security "
                 "deposits (usually one month's rent, never more than two months), unit sizes in square feet, floor "
                 "numbers 1 to 30, pet policy (cats only, dogs allowed, no pets or all pets), furnished or unfurnished, "
                 "available-from dates, and landlord names",
  "expect": [
   {"names": [["neighborhood"], ["neighbourhood"], ["area"], ["district"]], "kind": "label"},
   {"names": RR_DEPOSIT, "kind": "number", "min": 0, "max": 9000},
   {"names": RR_RENT, "kind": "number", "min": 900, "max": 4500},
   {"names": [["size"], ["sqft"], ["square", "feet"], ["sq", "ft"], ["unit", "size"]], "kind": "number", "min": 150, "max": 5000},
   {"names": [["floor"], ["floor", "number"]], "kind": "int", "min": 1, "max": 30},
   {"names": [["pet", "policy"], ["pets"], ["pet"]], "kind": "enum",
    "values": ["cats only", "dogs allowed", "no pets", "all pets", "cats_only", "dogs_allowed", "no_pets", "all_pets"]},
   {"names": [["furnished"], ["furnishing"], ["furniture"]], "kind": "category_or_bool"},
   {"names": [["available", "from"], ["available"], ["availability"], ["move", "in"]], "kind": "date"},
   {"names": [["landlord"], ["landlord", "name"], ["owner"]], "kind": "person_part"}],
  "relations": [
   {"a": RR_DEPOSIT, "op": "between_ratio", "b": RR_RENT, "min": 0, "max": 2.0}]},

 # ============================================================ restaurant orders and menus
 {"id": "g_rest_menu",  # Title: list, dish names, between $
  "description": "Menu: dish names, course (starter, main, dessert, drink), price $4-$38, calories 50-1500, "
                 "vegetarian yes/no, spice level 0-3, allergens",
  "expect": [
   {"names": [["dish", "name"], ["dish"], ["item", "name"], ["item"], ["name"]], "kind": "label"},
   {"names": [["course"], ["category"], ["type"]], "kind": "enum", "values": ["starter", "main", "dessert", "drink"]},
   {"names": [["price"]], "kind": "number", "min": 4, "max": 38},
   {"names": [["calories"], ["kcal"], ["cal"]], "kind": "int", "min": 50, "max": 1500},
   {"names": [["vegetarian"], ["veg"], ["is", "vegetarian"]], "kind": "bool"},
   {"names": [["spice", "level"], ["spice"], ["spiciness"], ["heat"]], "kind": "int", "min": 0, "max": 3},
   {"names": [["allergens"], ["allergen"], ["allergy"]], "kind": "text"}]},

 {"id": "g_rest_orders",  # bulleted "* ", ids like, percentage relations, total = sum
  "description": "Restaurant orders, one row per ticket\n* order number like T-10001\n* table number 1-40\n* server name\n"
                 "* order time between 11:00 and 23:00, September 2024\n* number of guests 1-8\n* subtotal $10-$400\n"
                 "* tax 8.875% of subtotal\n* tip, usually 15-25% of subtotal\n* total = subtotal + tax + tip\n"
                 "* payment method: cash, card or mobile",
  "expect": [
   {"names": [["order", "number"], ["order", "no"], ["order", "id"], ["ticket"], ["order"]], "kind": "regex", "values": [r"T-\d{5}"]},
   {"names": [["table", "number"], ["table"], ["table", "no"]], "kind": "int", "min": 1, "max": 40},
   {"names": [["server"], ["server", "name"], ["waiter"], ["waitress"], ["staff"]], "kind": "person_part"},
   {"names": [["order", "time"], ["time"], ["ordered", "at"], ["timestamp"]], "kind": "date_in", "min": "2024-09-01", "max": "2024-09-30"},
   {"names": [["guests"], ["number", "of", "guests"], ["covers"], ["party", "size"], ["num", "guests"]], "kind": "int", "min": 1, "max": 8},
   {"names": RO_SUBTOTAL, "kind": "number", "min": 10, "max": 400},
   {"names": RO_TAX, "kind": "number", "min": 0, "max": 40},
   {"names": RO_TIP, "kind": "number", "min": 0, "max": 150},
   {"names": RO_TOTAL, "kind": "number", "min": 10, "max": 600},
   {"names": [["payment", "method"], ["payment"], ["paid", "with"]], "kind": "enum", "values": ["cash", "card", "mobile"]}],
  "relations": [
   {"a": RO_TAX, "op": "between_ratio", "b": RO_SUBTOTAL, "min": 0.087, "max": 0.0905},
   {"a": RO_TIP, "op": "between_ratio", "b": RO_SUBTOTAL, "min": 0.1, "max": 0.3, "share": 0.9},
   {"a": RO_TOTAL, "op": "sum", "b": [RO_SUBTOTAL, RO_TAX, RO_TIP]}]},

 # ============================================================ IoT sensor readings
 {"id": "g_iot_power",  # name: type lines, around 120 V, every 5 minutes, product, blank unless fault
  "description": "device_id: string like SNS-001 to SNS-050\ntimestamp: datetime, one reading every 5 minutes starting 2024-06-01\n"
                 "voltage: float, around 120 V (115-125)\ncurrent_amps: float 0-15\npower_watts: float, voltage * current\n"
                 "temperature_c: float 20-80\nstatus: ok, warning or fault (mostly ok)\nerror_code: string, only when status is fault",
  "expect": [
   {"names": [["device", "id"], ["device"], ["sensor", "id"], ["id"]], "kind": "regex", "values": [r"SNS-0[0-5]\d"]},
   {"names": [["timestamp"], ["time"], ["ts"], ["datetime"]], "kind": "datetime"},
   {"names": IP_VOLT, "kind": "number", "min": 115, "max": 125},
   {"names": IP_POWER, "kind": "number", "min": 0, "max": 1900},
   {"names": IP_CURR, "kind": "number", "min": 0, "max": 15},
   {"names": [["temperature", "c"], ["temperature"], ["temp"], ["temp", "c"]], "kind": "number", "min": 20, "max": 80},
   {"names": IP_STATUS, "kind": "weighted", "values": ["ok", "warning", "fault"], "min": 0.5, "max": 1.0}],
  "relations": [
   {"a": IP_POWER, "op": "product", "b": [IP_VOLT, IP_CURR], "tol": 0.02},
   {"a": IP_STATUS, "op": "implies", "in": ["fault"], "then": IP_ERR, "filled": True},
   {"a": IP_STATUS, "op": "implies", "in": ["ok"], "then": IP_ERR, "filled": False}]},

 {"id": "g_iot_env",  # terse shorthand, every 15 min, ~5% y, sensor in one location
  "description": "env sensors - sensor id (20 sensors), loc (warehouse A/B/C, each sensor fixed in one), ts every 15 min, "
                 "temp C 15-35, rh % 20-90, co2 ppm 400-2000, batt % 0-100, alarm y/n ~5% y",
  "expect": [
   {"names": IE_SENSOR, "kind": "idlike"},
   {"names": IE_LOC, "kind": "enum",
    "values": ["warehouse A", "warehouse B", "warehouse C", "warehouse_a", "warehouse_b", "warehouse_c", "A", "B", "C"]},
   {"names": [["ts"], ["timestamp"], ["time"], ["datetime"]], "kind": "datetime"},
   {"names": [["temp"], ["temperature"], ["temp", "c"]], "kind": "number", "min": 15, "max": 35},
   {"names": [["rh"], ["humidity"], ["relative", "humidity"]], "kind": "number", "min": 20, "max": 90},
   {"names": [["co"], ["ppm"], ["carbon"], ["co", "ppm"]], "kind": "number", "min": 400, "max": 2000},
   {"names": [["batt"], ["battery"]], "kind": "number", "min": 0, "max": 100},
   {"names": [["alarm"], ["alert"]], "kind": "bool_share", "min": 0.0, "max": 0.12}],
  "relations": [
   {"a": IE_SENSOR, "op": "maps", "b": IE_LOC}]},

 # ============================================================ zoo or aquarium animals
 {"id": "g_zoo_animals",  # Title: list + parentheses, arrival after birth, species -> enclosure
  "description": "Zoo animal records: animal id, name (pet-style names like Bella or Kiko), species (African elephant, "
                 "Bengal tiger, giraffe, red panda, Komodo dragon, polar bear), enclosure that fits the species (Savanna, "
                 "Jungle, Arctic, Reptile House), sex (male/female), date of birth, arrival date (after birth), "
                 "weight in kg, keeper name",
  "expect": [
   {"names": [["animal", "id"], ["id"]], "kind": "unique"},
   {"names": [["keeper"], ["keeper", "name"], ["zookeeper"], ["caretaker"]], "kind": "person_part"},
   {"names": [["animal", "name"], ["name"]], "kind": "text"},
   {"names": ZA_SPECIES, "kind": "enum",
    "values": ["African elephant", "Bengal tiger", "giraffe", "red panda", "Komodo dragon", "polar bear",
               "african_elephant", "bengal_tiger", "red_panda", "komodo_dragon", "polar_bear"]},
   {"names": ZA_ENCL, "kind": "enum", "values": ["Savanna", "Jungle", "Arctic", "Reptile House", "reptile_house"]},
   {"names": [["sex"], ["gender"]], "kind": "enum", "values": ["male", "female", "M", "F"]},
   {"names": ZA_DOB, "kind": "date"},
   {"names": ZA_ARRIVAL, "kind": "date"},
   {"names": [["weight", "kg"], ["weight"], ["kg"]], "kind": "number", "min": 1, "max": 7000}],
  "relations": [
   {"a": ZA_DOB, "op": "<=", "b": ZA_ARRIVAL},
   {"a": ZA_SPECIES, "op": "maps", "b": ZA_ENCL}]},

 {"id": "g_aq_tanks",  # comma list, plural nouns, ranges, next two weeks after last
  "description": "Aquarium tank log: tank numbers, water temperatures (22-28 °C), salinity readings in ppt (0 for "
                 "freshwater, 30-36 for saltwater), pH values 6.5-8.5, fish counts up to 60, tank volumes in liters "
                 "(200 to 20,000), last cleaning dates and next cleaning dates two weeks later, and water type "
                 "(freshwater or saltwater)",
  "expect": [
   {"names": [["tank", "number"], ["tank", "no"], ["tank", "id"], ["tank"]], "kind": "idlike"},
   {"names": [["water", "type"], ["type"]], "kind": "enum", "values": ["freshwater", "saltwater", "fresh", "salt"]},
   {"names": [["water", "temperature"], ["water", "temp"], ["temperature"], ["temp"]], "kind": "number", "min": 22, "max": 28},
   {"names": [["salinity"], ["ppt"]], "kind": "number", "min": 0, "max": 36},
   {"names": [["ph"]], "kind": "number", "min": 6.5, "max": 8.5},
   {"names": [["fish", "count"], ["fish"], ["count"], ["num", "fish"]], "kind": "int", "min": 0, "max": 60},
   {"names": [["volume"], ["liters"], ["litres"], ["tank", "volume"], ["capacity"]], "kind": "number", "min": 200, "max": 20000},
   {"names": AQ_LAST, "kind": "date"},
   {"names": AQ_NEXT, "kind": "date"}],
  "relations": [
   {"a": AQ_LAST, "op": "<", "b": AQ_NEXT}]},

 # ============================================================ court cases and lawyers
 {"id": "g_court_cases",  # paragraph, ids like, filled only when outcome says so, close after filing
  "description": "A dataset of civil court cases. Every case has a docket number formatted like 2023-CV-01234, the court "
                 "level (district, appellate or supreme), and the case type (contract, tort, property, family or "
                 "employment). List the plaintiff and the defendant, and the judge assigned. The filing date is sometime "
                 "between 2019 and 2023. The outcome is one of settled, dismissed, plaintiff won, defendant won or "
                 "pending. Pending cases have no closing date; all others have a closing date after the filing date. "
                 "Damages awarded are only filled in when the plaintiff won.",
  "expect": [
   {"names": [["docket", "number"], ["docket"], ["case", "number"], ["case", "no"], ["case", "id"]], "kind": "regex", "values": [r"20(19|2[0-3])-CV-\d{5}"]},
   {"names": [["court", "level"], ["court"], ["level"]], "kind": "enum", "values": ["district", "appellate", "supreme"]},
   {"names": [["case", "type"], ["type"]], "kind": "enum", "values": ["contract", "tort", "property", "family", "employment"]},
   {"names": [["plaintiff"]], "kind": "text"},
   {"names": [["defendant"]], "kind": "text"},
   {"names": [["judge"], ["judge", "name"], ["assigned", "judge"]], "kind": "person_part"},
   {"names": CC_FILED, "kind": "date_in", "min": "2019-01-01", "max": "2023-12-31"},
   {"names": CC_OUTCOME, "kind": "enum",
    "values": ["settled", "dismissed", "plaintiff won", "defendant won", "pending", "plaintiff_won", "defendant_won"]}],
  "relations": [
   {"a": CC_FILED, "op": "<", "b": CC_CLOSED},
   {"a": CC_OUTCOME, "op": "implies", "in": ["pending"], "then": CC_CLOSED, "filled": False},
   {"a": CC_OUTCOME, "op": "implies", "in": ["settled", "dismissed", "plaintiff won", "defendant won", "plaintiff_won", "defendant_won"],
    "then": CC_CLOSED, "filled": True},
   {"a": CC_OUTCOME, "op": "implies", "in": ["plaintiff won", "plaintiff_won"], "then": CC_DAMAGES, "filled": True},
   {"a": CC_OUTCOME, "op": "implies", "in": ["settled", "dismissed", "defendant won", "defendant_won", "pending"],
    "then": CC_DAMAGES, "filled": False}]},

 {"id": "g_court_lawyers",  # one column per line, parts sum to whole, between $
  "description": "Lawyers directory\nbar number\nfull name\nlaw firm\npractice area (criminal, corporate, family, immigration, IP)\n"
                 "years of experience\nhourly rate, $150 to $900\nbar admission date\nstate licensed in\n"
                 "cases won\ncases lost\ncases settled\ntotal cases (won + lost + settled)",
  "expect": [
   {"names": [["bar", "number"], ["bar", "no"], ["bar", "id"], ["license", "number"], ["license"]], "kind": "idlike"},
   {"names": [["full", "name"], ["name"], ["lawyer"], ["attorney"]], "kind": "person_part"},
   {"names": [["law", "firm"], ["firm"]], "kind": "label"},
   {"names": [["practice", "area"], ["practice"], ["specialty"], ["area"]], "kind": "enum",
    "values": ["criminal", "corporate", "family", "immigration", "IP", "intellectual property", "intellectual_property"]},
   {"names": [["years", "of", "experience"], ["years"], ["experience"]], "kind": "int", "min": 0, "max": 60},
   {"names": [["hourly", "rate"], ["rate"], ["hourly"]], "kind": "number", "min": 150, "max": 900},
   {"names": [["bar", "admission"], ["admission"], ["admitted"], ["admission", "date"]], "kind": "date"},
   {"names": [["state"], ["licensed"], ["state", "licensed"]], "kind": "text"},
   {"names": CL_WON, "kind": "int", "min": 0},
   {"names": CL_LOST, "kind": "int", "min": 0},
   {"names": CL_SETTLED, "kind": "int", "min": 0},
   {"names": CL_TOTAL, "kind": "int", "min": 0}],
  "relations": [
   {"a": CL_TOTAL, "op": "sum", "b": [CL_WON, CL_LOST, CL_SETTLED]},
   {"a": CL_WON, "op": "<=", "b": CL_TOTAL}]},

 # ============================================================ parking garages and tickets
 {"id": "g_park_tickets",  # terse shorthand, exit after entry, fee = hrs x rate
  "description": "pkg tix: ticket #, plate no, garage (Main St, Airport, Downtown, Stadium), entry ts, exit ts (after entry), "
                 "hrs parked 0.5-24, rate $/hr 2-6, fee = hrs x rate, paid y/n",
  "expect": [
   {"names": [["ticket"], ["ticket", "no"], ["ticket", "number"], ["ticket", "id"], ["id"]], "kind": "unique"},
   {"names": [["plate"], ["plate", "no"], ["license", "plate"], ["plate", "number"]], "kind": "idlike"},
   {"names": [["garage"], ["location"], ["lot"]], "kind": "enum",
    "values": ["Main St", "Airport", "Downtown", "Stadium", "main_st", "Main Street"]},
   {"names": PT_ENTRY, "kind": "datetime"},
   {"names": PT_EXIT, "kind": "datetime"},
   {"names": PT_HOURS, "kind": "number", "min": 0.5, "max": 24},
   {"names": PT_RATE, "kind": "number", "min": 2, "max": 6},
   {"names": PT_FEE, "kind": "number", "min": 1, "max": 144},
   {"names": [["paid"], ["is", "paid"]], "kind": "bool"}],
  "relations": [
   {"a": PT_ENTRY, "op": "<", "b": PT_EXIT},
   {"a": PT_FEE, "op": "product", "b": [PT_HOURS, PT_RATE]}]},

 {"id": "g_park_garages",  # comma list with "or", garage/operator company names, part <= whole
  "description": "Parking garages in Chicago, Denver or Seattle with garage names, operator company names, total spaces "
                 "(100 to 2,000), spaces currently occupied (never more than the total), EV charging spots, hourly rates "
                 "between $3 and $12, a daily max between $20 and $60, and whether they're open 24 hours",
  "expect": [
   {"names": [["city"]], "kind": "enum", "values": ["Chicago", "Denver", "Seattle"]},
   {"names": [["operator"], ["operator", "company"], ["company"], ["operated", "by"]], "kind": "label"},
   {"names": [["garage", "name"], ["garage"], ["name"]], "kind": "label"},
   {"names": PG_OCC, "kind": "int", "min": 0, "max": 2000},
   {"names": PG_EV, "kind": "int", "min": 0, "max": 2000},
   {"names": PG_TOTAL, "kind": "int", "min": 100, "max": 2000},
   {"names": PG_HOURLY, "kind": "number", "min": 3, "max": 12},
   {"names": PG_DAILY, "kind": "number", "min": 20, "max": 60},
   {"names": [["open"], ["hours"], ["open", "24"], ["is", "24"], ["twenty", "four"]], "kind": "bool"}],
  "relations": [
   {"a": PG_OCC, "op": "<=", "b": PG_TOTAL},
   {"a": PG_EV, "op": "<=", "b": PG_TOTAL},
   {"a": PG_HOURLY, "op": "<", "b": PG_DAILY}]},

 # ============================================================ fishing trips and catches
 {"id": "g_fish_trips",  # bulleted "- ", boat names, weather enum, kept <= caught, revenue = product
  "description": "Charter fishing trips log\n- trip id\n- boat names like Sea Breeze or Reel Deal\n- captain\n"
                 "- departure time and return time (same day, return after departure)\n- number of anglers, 2 to 12\n"
                 "- fish caught\n- fish kept (can't be more than caught)\n- weather (sunny, cloudy, rainy, windy)\n"
                 "- price per angler $80-$250\n- trip revenue = anglers x price per angler",
  "expect": [
   {"names": [["trip", "id"], ["id"]], "kind": "unique"},
   {"names": [["boat", "name"], ["boat"], ["vessel"]], "kind": "label"},
   {"names": [["captain"], ["captain", "name"], ["skipper"]], "kind": "person_part"},
   {"names": FT_DEPART, "kind": "datetime"},
   {"names": FT_RETURN, "kind": "datetime"},
   {"names": FT_ANGLERS, "kind": "int", "min": 2, "max": 12},
   {"names": FT_CAUGHT, "kind": "int", "min": 0},
   {"names": FT_KEPT, "kind": "int", "min": 0},
   {"names": [["weather"], ["conditions"]], "kind": "enum", "values": ["sunny", "cloudy", "rainy", "windy"]},
   {"names": FT_PPA, "kind": "number", "min": 80, "max": 250},
   {"names": FT_REVENUE, "kind": "number", "min": 160, "max": 3000}],
  "relations": [
   {"a": FT_DEPART, "op": "<", "b": FT_RETURN},
   {"a": FT_KEPT, "op": "<=", "b": FT_CAUGHT},
   {"a": FT_REVENUE, "op": "product", "b": [FT_ANGLERS, FT_PPA]}]},

 {"id": "g_fish_catches",  # name: type lines, summer 2023, roughly 60% released, species -> size limit
  "description": "catch_id: unique id\nangler_name: person\nspecies: largemouth bass, rainbow trout, walleye, catfish or northern pike\n"
                 "length_cm: number 15-120\nweight_kg: number 0.1-20\ncaught_at: datetime in summer 2023 (June-August)\n"
                 "lake: lake names in Minnesota\nreleased: boolean, roughly 60% released\nbait: live, lure or fly\n"
                 "min_size_limit_cm: the legal size limit for that species",
  "expect": [
   {"names": [["catch", "id"], ["id"]], "kind": "unique"},
   {"names": [["angler", "name"], ["angler"], ["name"]], "kind": "person_part"},
   {"names": FC_SPECIES, "kind": "enum",
    "values": ["largemouth bass", "rainbow trout", "walleye", "catfish", "northern pike",
               "largemouth_bass", "rainbow_trout", "northern_pike"]},
   {"names": [["length", "cm"], ["length"]], "kind": "number", "min": 15, "max": 120},
   {"names": [["weight", "kg"], ["weight"]], "kind": "number", "min": 0.1, "max": 20},
   {"names": [["caught", "at"], ["caught"], ["time"], ["timestamp"], ["date"]], "kind": "date_in", "min": "2023-06-01", "max": "2023-08-31"},
   {"names": [["lake"], ["lake", "name"], ["water"]], "kind": "label"},
   {"names": [["released"], ["release"], ["catch", "and", "release"]], "kind": "bool_share", "min": 0.45, "max": 0.75},
   {"names": [["bait"], ["bait", "type"]], "kind": "enum", "values": ["live", "lure", "fly"]},
   {"names": FC_LIMIT, "kind": "number", "min": 0, "max": 120}],
  "relations": [
   {"a": FC_SPECIES, "op": "maps", "b": FC_LIMIT}]},

 # ============================================================ esports matches and players
 {"id": "g_esports_matches",  # paragraph, end after start, loser rounds < winner rounds
  "description": "Give me esports match results for a 2024 Valorant league. Each match has a match ID, the winning team "
                 "and the losing team (two different team names), and the map, which is Ascent, Bind, Haven, Split or "
                 "Lotus. Matches are first to 13 rounds with no overtime, so the winner always has 13 rounds and the "
                 "loser has between 0 and 11. Each match has a start time sometime in 2024 and an end time 25 to 60 "
                 "minutes later. Also include the peak viewer count, somewhere between 5k and 500k.",
  "expect": [
   {"names": [["match", "id"], ["id"]], "kind": "unique"},
   {"names": EM_WROUNDS, "kind": "int", "min": 13, "max": 13},
   {"names": EM_LROUNDS, "kind": "int", "min": 0, "max": 11},
   {"names": [["winning", "team"], ["winner"], ["winner", "team"]], "kind": "label"},
   {"names": [["losing", "team"], ["loser"], ["loser", "team"]], "kind": "label"},
   {"names": [["map"], ["map", "name"]], "kind": "enum", "values": ["Ascent", "Bind", "Haven", "Split", "Lotus"]},
   {"names": EM_START, "kind": "date_in", "min": "2024-01-01", "max": "2024-12-31"},
   {"names": EM_END, "kind": "datetime"},
   {"names": [["peak", "viewers"], ["viewers"], ["viewer", "peak"], ["peak"], ["viewership"], ["viewer", "count"]], "kind": "int", "min": 5000, "max": 500000}],
  "relations": [
   {"a": EM_LROUNDS, "op": "<", "b": EM_WROUNDS},
   {"a": EM_START, "op": "<", "b": EM_END}]},

 {"id": "g_esports_players",  # comma list, plural nouns, team names, team -> region
  "description": "Pro player roster with gamer tags, real names, team names (each team plays in one region: NA, EU or APAC), "
                 "roles (duelist, controller, initiator, sentinel), countries, ages 16-30, monthly salaries "
                 "$2,000-$25,000, and K/D ratios from 0.6 to 1.8",
  "expect": [
   {"names": [["gamer", "tag"], ["gamertag"], ["tag"], ["handle"], ["nickname"], ["ign"], ["alias"]], "kind": "unique"},
   {"names": EP_TEAM, "kind": "label"},
   {"names": [["real", "name"], ["full", "name"], ["name"]], "kind": "person_part"},
   {"names": EP_REGION, "kind": "enum", "values": ["NA", "EU", "APAC"]},
   {"names": [["role"], ["roles"], ["position"]], "kind": "enum", "values": ["duelist", "controller", "initiator", "sentinel"]},
   {"names": [["country"], ["nationality"]], "kind": "text"},
   {"names": [["age"]], "kind": "int", "min": 16, "max": 30},
   {"names": [["salary"], ["monthly", "salary"], ["salaries"], ["pay"]], "kind": "number", "min": 2000, "max": 25000},
   {"names": [["k", "d"], ["kd"], ["kdr"], ["kill", "death"], ["ratio"]], "kind": "number", "min": 0.6, "max": 1.8}],
  "relations": [
   {"a": EP_TEAM, "op": "maps", "b": EP_REGION}]},

 # ============================================================ farm livestock
 {"id": "g_farm_livestock",  # parentheses, ids like, about 90% yes, breed -> animal type
  "description": "Livestock inventory for a mixed farm: ear tag (e.g. UK123456), animal type (cattle, sheep, goat, pig), "
                 "breed (Angus, Hereford, Suffolk, Merino, Boer, Nubian, Berkshire, Duroc - matching the animal type), "
                 "sex (M/F), birth date (2018-2024), weight (kg), pen (P1-P12), vaccinated (yes/no, about 90% yes), "
                 "last vet check (after the birth date)",
  "expect": [
   {"names": [["ear", "tag"], ["tag"], ["tag", "number"], ["tag", "id"]], "kind": "regex", "values": [r"UK\d{6}"]},
   {"names": FL_BREED, "kind": "enum",
    "values": ["Angus", "Hereford", "Suffolk", "Merino", "Boer", "Nubian", "Berkshire", "Duroc"]},
   {"names": FL_TYPE, "kind": "enum", "values": ["cattle", "sheep", "goat", "pig"]},
   {"names": [["sex"], ["gender"]], "kind": "enum", "values": ["M", "F", "male", "female"]},
   {"names": FL_BIRTH, "kind": "date_in", "min": "2018-01-01", "max": "2024-12-31"},
   {"names": [["weight", "kg"], ["weight"], ["kg"]], "kind": "number", "min": 1, "max": 1300},
   {"names": [["pen"], ["pen", "id"], ["pen", "number"]], "kind": "regex", "values": [r"P([1-9]|1[0-2])"]},
   {"names": [["vaccinated"], ["vaccination"], ["is", "vaccinated"]], "kind": "bool_share", "min": 0.8, "max": 0.97},
   {"names": FL_VET, "kind": "date"}],
  "relations": [
   {"a": FL_BREED, "op": "maps", "b": FL_TYPE},
   {"a": FL_BIRTH, "op": "<", "b": FL_VET}]},

 {"id": "g_farm_milk",  # Title: list, shorthand units, total = sum of parts
  "description": "Daily milk yield: cow id, date (every day in March 2024), morning litres, evening litres, "
                 "total litres (morning + evening), fat % 3-5.5, protein % 2.8-4, somatic cell count, milker name",
  "expect": [
   {"names": [["cow", "id"], ["cow"], ["animal", "id"], ["id"]], "kind": "idlike"},
   {"names": [["date"], ["day"], ["milking", "date"]], "kind": "date_in", "min": "2024-03-01", "max": "2024-03-31"},
   {"names": FM_MORNING, "kind": "number", "min": 0, "max": 40},
   {"names": FM_EVENING, "kind": "number", "min": 0, "max": 40},
   {"names": FM_TOTAL, "kind": "number", "min": 0, "max": 80},
   {"names": [["fat"], ["fat", "pct"], ["butterfat"]], "kind": "number", "min": 3, "max": 5.5},
   {"names": [["protein"], ["protein", "pct"]], "kind": "number", "min": 2.8, "max": 4},
   {"names": [["somatic"], ["scc"], ["cell", "count"], ["somatic", "cell", "count"]], "kind": "number", "min": 1, "max": 2000000},
   {"names": [["milker"], ["milker", "name"], ["name"]], "kind": "person_part"}],
  "relations": [
   {"a": FM_TOTAL, "op": "sum", "b": [FM_MORNING, FM_EVENING]}]},

 # ============================================================ satellite or rocket launches
 {"id": "g_launch_rockets",  # one column per line, mostly success, later-or-same, blank unless Falcon 9
  "description": "rocket launches\nlaunch id\nrocket (Falcon 9, Electron, Atlas V, Ariane 6, Vulcan)\nlaunch site\n"
                 "scheduled date\nactual launch date (same day as scheduled or later)\npayload mass kg, 100 to 20,000\n"
                 "orbit (LEO, GTO, SSO, MEO)\noutcome success / failure / partial, mostly success\n"
                 "booster landing result (only Falcon 9 lands boosters, blank for the other rockets)",
  "expect": [
   {"names": [["launch", "id"], ["id"], ["mission", "id"]], "kind": "unique"},
   {"names": LR_ROCKET, "kind": "enum",
    "values": ["Falcon 9", "Electron", "Atlas V", "Ariane 6", "Vulcan", "falcon_9", "atlas_v", "ariane_6"]},
   {"names": [["launch", "site"], ["site"], ["pad"], ["launch", "pad"], ["location"]], "kind": "label"},
   {"names": LR_SCHED, "kind": "date"},
   {"names": LR_ACTUAL, "kind": "date"},
   {"names": [["payload", "mass"], ["payload"], ["mass"], ["mass", "kg"]], "kind": "number", "min": 100, "max": 20000},
   {"names": [["orbit"], ["orbit", "type"], ["target", "orbit"]], "kind": "enum", "values": ["LEO", "GTO", "SSO", "MEO"]},
   {"names": [["outcome"], ["result"], ["status"], ["mission", "outcome"]], "kind": "weighted",
    "values": ["success", "failure", "partial"], "min": 0.5, "max": 1.0}],
  "relations": [
   {"a": LR_SCHED, "op": "<=", "b": LR_ACTUAL},
   {"a": LR_ROCKET, "op": "implies", "in": ["Falcon 9", "falcon_9"], "then": LR_LANDING, "filled": True},
   {"a": LR_ROCKET, "op": "implies", "in": ["Electron", "Atlas V", "Ariane 6", "Vulcan", "atlas_v", "ariane_6"],
    "then": LR_LANDING, "filled": False}]},

 {"id": "g_launch_satellites",  # name: type lines, blank if still active, end after start
  "description": "satellite_name: text (e.g. Sentinel-2A, Starlink-1234)\noperator: SpaceX, ESA, NASA, OneWeb or ISRO\n"
                 "launch_date: date, 2015-2024\ndecommission_date: date, blank if still active\n"
                 "status: active, decommissioned or failed\norbit_type: LEO, MEO, GEO\n"
                 "altitude_km: 160-2000 for LEO, 2000-35786 for MEO, 35786 for GEO\nmass_kg: 5-6000\n"
                 "purpose: communications, earth observation, navigation, science",
  "expect": [
   {"names": [["satellite", "name"], ["satellite"], ["name"]], "kind": "label"},
   {"names": [["operator"], ["agency"], ["owner"]], "kind": "enum", "values": ["SpaceX", "ESA", "NASA", "OneWeb", "ISRO"]},
   {"names": LS_LAUNCH, "kind": "date_in", "min": "2015-01-01", "max": "2024-12-31"},
   {"names": LS_STATUS, "kind": "enum", "values": ["active", "decommissioned", "failed"]},
   {"names": [["orbit", "type"], ["orbit"]], "kind": "enum", "values": ["LEO", "MEO", "GEO"]},
   {"names": [["altitude", "km"], ["altitude"]], "kind": "number", "min": 160, "max": 35786},
   {"names": [["mass", "kg"], ["mass"], ["weight"]], "kind": "number", "min": 5, "max": 6000},
   {"names": [["purpose"], ["mission", "type"], ["mission"]], "kind": "enum",
    "values": ["communications", "earth observation", "earth_observation", "navigation", "science"]}],
  "relations": [
   {"a": LS_LAUNCH, "op": "<", "b": LS_DECOM},
   {"a": LS_STATUS, "op": "implies", "in": ["active"], "then": LS_DECOM, "filled": False},
   {"a": LS_STATUS, "op": "implies", "in": ["decommissioned"], "then": LS_DECOM, "filled": True}]},

 # ============================================================ trading-card collections
 {"id": "g_cards_collection",  # Title: list, plural nouns, parentheses, value = paid + profit
  "description": "My trading card collection: card names, sets (Base Set, Jungle, Fossil, Team Rocket), card numbers "
                 "within the set like 4/102, rarities (common, uncommon, rare, holo rare), condition grades 1-10, "
                 "purchase prices and current values in USD, purchase dates from 2015 onward, and profit "
                 "(current value minus purchase price)",
  "expect": [
   {"names": [["card", "number"], ["card", "no"], ["number"], ["set", "number"], ["no"]], "kind": "regex", "values": [r"\d{1,3}/\d{2,3}"]},
   {"names": [["card", "name"], ["name"], ["card"], ["pokemon"]], "kind": "label"},
   {"names": [["set"], ["set", "name"], ["expansion"], ["sets"]], "kind": "enum",
    "values": ["Base Set", "Jungle", "Fossil", "Team Rocket", "base_set", "team_rocket"]},
   {"names": [["rarity"], ["rarities"]], "kind": "enum", "values": ["common", "uncommon", "rare", "holo rare", "holo_rare"]},
   {"names": [["condition"], ["grade"], ["condition", "grade"]], "kind": "number", "min": 1, "max": 10},
   {"names": [["purchase", "date"], ["purchased"], ["acquired"], ["bought"], ["date"]], "kind": "date_in", "min": "2015-01-01", "max": "2026-12-31"},
   {"names": TC_PAID, "kind": "number", "min": 0},
   {"names": TC_VALUE, "kind": "number", "min": 0},
   {"names": TC_PROFIT, "kind": "number"}],
  "relations": [
   {"a": TC_VALUE, "op": "sum", "b": [TC_PAID, TC_PROFIT]}]},

 {"id": "g_cards_sales",  # comma list, graded-only grade, at least, 7 days later
  "description": "Sports card auction sales with listing id, player name, card year (1952-2023), brand (Topps, Panini, "
                 "Upper Deck or Fleer), graded yes/no, grade 1-10 only if graded, starting bid, final sale price (at least "
                 "the starting bid), number of bids 0-80, auction start date and end date 7 days later",
  "expect": [
   {"names": [["listing", "id"], ["listing"], ["id"], ["auction", "id"]], "kind": "unique"},
   {"names": [["player", "name"], ["player"], ["name"], ["athlete"]], "kind": "person_part"},
   {"names": [["card", "year"], ["year"]], "kind": "int", "min": 1952, "max": 2023},
   {"names": [["brand"], ["manufacturer"]], "kind": "enum", "values": ["Topps", "Panini", "Upper Deck", "upper_deck", "Fleer"]},
   {"names": CS_GRADED, "kind": "bool"},
   {"names": CS_START_BID, "kind": "number", "min": 0},
   {"names": CS_FINAL, "kind": "number", "min": 0},
   {"names": [["number", "of", "bids"], ["bids"], ["bid", "count"], ["num", "bids"]], "kind": "int", "min": 0, "max": 80},
   {"names": CS_START, "kind": "date"},
   {"names": CS_END, "kind": "date"}],
  "relations": [
   {"a": CS_GRADED, "op": "implies", "in": Y, "then": CS_GRADE, "filled": True},
   {"a": CS_GRADED, "op": "implies", "in": N, "then": CS_GRADE, "filled": False},
   {"a": CS_FINAL, "op": ">=", "b": CS_START_BID},
   {"a": CS_START, "op": "<", "b": CS_END}]},
]
