"""Blind evaluation batch E for score.py (--cases /work/notes/batches/batch_e.py).

Written blind from shared/eval only (README.md, example_cases.py, score.py): no planner, server, product
checkout or other batch was opened or run while writing it.

Domains (17, two cases each = 34 cases): hospital patients / clinic appointments, online shop orders /
products, bank accounts / card transactions, students / exam results, employees / payroll, warehouse
shipments, IoT sensor readings, football (soccer) matches / players, hotel bookings, real estate listings,
restaurant menus / orders, music tracks / playlists, used cars / vehicles, insurance claims, city permits /
311 requests, farm harvests / livestock, energy meter readings.

Phrasing styles (each used at least 3 times, many cases mix several):
  comma list with "and"/"or"; "Title: list"; bulleted list ("- " and "* "); one column per line;
  "name: type" lines; a paragraph of full sentences; terse shorthand ("txn id, amt, ts"); parentheses with
  details ("status (open or closed)"); plural nouns ("birth dates, majors, GPAs"); "X names" where X is a
  thing (product / team / dish / song / hotel / supplier / provider / playlist names).

Conventions:
  - "expect" lists specific concepts before generic ones (sale price before price, price per sq ft before
    sq ft, exported kWh before produced kWh, rate per kWh before kWh).
  - A names list used by a relation is a module constant shared with its concept, so the relation resolves
    to the column the concept matched.
  - A column the description says is blank for some rows (delivered date in transit, closed time of open
    requests, refund, calving date, issued date, cancellation reason, amount paid) is NOT a concept; it
    appears only in relations (orderings, implies filled / blank).
  - enum = exactly the stated values, plus snake_case spellings of multi-word values (and, for terse
    shorthand, the unabbreviated word: auto/automatic, gas/gasoline).  "like"/"e.g." lists are examples,
    so such columns are category / label, not enum.
  - Stated ranges are used as stated; unstated ranges are generous for the domain.  Stated shares
    ("about 15%", "roughly 10%", "most") get a generous window for 200 rows of sampling noise.
  - "after" on day-granular dates with no stated gap is read as "<=" only where same-day is plainly allowed
    (delivery, filing, last update); "<" where the text says later / at least a day / a year after.
"""

# ---- shared names lists (concept <-> relation) ----
ADMIT = [["admission", "date"], ["admit", "date"], ["admitted"], ["admission"]]
DISCHARGE = [["discharge", "date"], ["discharged"], ["discharge"]]

APPT_START = [["start", "time"], ["start"], ["appointment", "time"], ["scheduled", "at"]]
APPT_END = [["end", "time"], ["end"], ["finish"]]
APPT_STATUS = [["status"], ["appointment", "status"]]
CANCEL_REASON = [["cancellation", "reason"], ["cancel", "reason"], ["reason"]]

QTY = [["quantity"], ["qty"]]
UNIT_PRICE = [["unit", "price"], ["price"]]
ORDER_TOTAL = [["order", "total"], ["total"], ["amount"]]

SALE_PRICE = [["sale", "price"], ["sale"], ["discount", "price"], ["discounted", "price"]]
LIST_PRICE = [["list", "price"], ["regular", "price"], ["msrp"], ["price"]]

BRANCH_CITY = [["branch", "city"], ["city"]]
BRANCH_STATE = [["branch", "state"], ["state"]]

SCORE = [["score"], ["mark"], ["marks"], ["points"]]
GRADE = [["letter", "grade"], ["grade"]]
PASSED = [["passed"], ["pass"], ["is", "passed"]]

PERIOD_START = [["period", "start"], ["start"]]
PERIOD_END = [["period", "end"], ["end"]]
GROSS = [["gross", "pay"], ["gross"]]
TAX_WITHHELD = [["tax", "withheld"], ["withholding"], ["withheld"], ["tax"]]
NET = [["net", "pay"], ["net"]]
PAY_DATE = [["pay", "dt"], ["pay", "date"], ["payment", "date"], ["paid", "on"], ["paid", "date"]]

SHIP_STATUS = [["status"], ["shipment", "status"]]
SHIPPED = [["shipped", "date"], ["ship", "date"], ["shipping", "date"], ["shipped"]]
DELIVERED = [["delivered", "date"], ["delivery", "date"], ["delivered"]]
DEST_CITY = [["destination", "city"], ["dest", "city"], ["city"]]
DEST_STATE = [["destination", "state"], ["dest", "state"], ["state"]]

PALLETS_RECEIVED = [["pallets", "received"], ["received", "pallets"], ["qty", "received"], ["quantity", "received"]]
PALLETS_EXPECTED = [["pallets", "expected"], ["expected", "pallets"], ["expected"]]

VOLTAGE = [["voltage"], ["volts"], ["v"]]
CURRENT = [["current"], ["amps"], ["amperage"], ["amp"]]
POWER = [["power"], ["watts"], ["wattage"], ["w"]]

HOME_GOALS = [["home", "goals"], ["home", "score"]]
AWAY_GOALS = [["away", "goals"], ["away", "score"]]
TOTAL_GOALS = [["total", "goals"], ["total"]]

CHECK_IN = [["check", "in"], ["checkin"], ["arrival"]]
CHECK_OUT = [["check", "out"], ["checkout"], ["departure"]]
NIGHTS = [["nights"], ["number", "of", "nights"], ["num", "nights"], ["los"]]
NIGHTLY_RATE = [["nightly", "rate"], ["rate"], ["price", "per", "night"]]
STAY_TOTAL = [["total", "cost"], ["total"], ["cost"]]

BOOKED_ON = [["booked", "on"], ["booked"], ["booking", "date"]]
ARRIVAL = [["arrival"], ["check", "in"], ["checkin"]]
DEPOSIT = [["deposit"], ["deposit", "paid"]]
REFUND = [["refund"], ["refund", "amount"], ["refunded"]]

PPSF = [["price", "per", "sq", "ft"], ["price", "per", "sqft"], ["price", "per", "square", "foot"],
        ["price", "per", "square", "feet"], ["ppsf"]]
SQFT = [["square", "feet"], ["sqft"], ["sq", "ft"], ["square", "footage"], ["area"]]
LISTING_PRICE = [["list", "price"], ["listing", "price"], ["asking", "price"], ["price"]]
LISTING_CITY = [["city"]]
LISTING_STATE = [["state"]]

RENT = [["monthly", "rent"], ["rent"]]
SEC_DEPOSIT = [["security", "deposit"], ["deposit"]]
LEASE_START = [["lease", "start"], ["start"]]
LEASE_END = [["lease", "end"], ["end"]]

TAX = [["sales", "tax"], ["tax"]]
TIP = [["tip"], ["gratuity"]]
SUBTOTAL = [["subtotal"], ["sub", "total"]]
BILL_TOTAL = [["total"], ["bill", "total"]]

TRACK_COUNT = [["track", "count"], ["tracks"], ["num", "tracks"], ["number", "of", "tracks"], ["songs"]]
PLAYLIST_DURATION = [["total", "duration"], ["duration"], ["minutes"], ["length"]]
CREATED = [["created", "date"], ["created"], ["creation"]]
UPDATED = [["last", "updated"], ["updated"], ["modified"]]

MAKE = [["make"], ["brand"], ["manufacturer"]]
MODEL = [["model"]]

EXPIRY = [["expiry"], ["expiration"], ["expires"], ["expiry", "date"]]
REG_DATE = [["registration", "date"], ["registered"], ["registration"], ["reg", "date"]]

INCIDENT = [["incident", "date"], ["incident"], ["loss", "date"], ["date", "of", "loss"]]
FILED = [["filed", "date"], ["filed"], ["filing", "date"], ["reported", "date"], ["reported"], ["claim", "date"]]
CLAIMED = [["amount", "claimed"], ["claimed", "amount"], ["claimed"], ["claim", "amount"]]
PAID_OUT = [["amount", "paid"], ["paid", "amount"], ["payout"], ["paid", "out"], ["settlement"]]

BILLED = [["billed", "amount"], ["billed"], ["charge"], ["charges"]]
ALLOWED = [["allowed", "amount"], ["allowed"]]
PATIENT_RESP = [["patient", "responsibility"], ["responsibility"], ["member", "responsibility"],
                ["patient", "owes"], ["out", "of", "pocket"], ["copay"]]

REQ_STATUS = [["status"], ["request", "status"]]
REQ_CREATED = [["created"], ["created", "at"], ["opened"], ["open", "date"]]
REQ_CLOSED = [["closed"], ["closed", "at"], ["resolved"], ["close", "date"]]

PERMIT_STATUS = [["status"], ["permit", "status"]]
EST_COST = [["estimated", "cost"], ["estimated"], ["valuation"], ["cost"]]
PERMIT_FEE = [["fee"], ["permit", "fee"]]
APPLIED = [["applied", "date"], ["applied"], ["application", "date"]]
ISSUED = [["issued", "date"], ["issued"], ["issue", "date"]]

YIELD_PER_HA = [["yield", "per", "hectare"], ["yield", "per", "ha"], ["tonnes", "per", "hectare"],
                ["yield", "per", "hectares"], ["t", "ha"]]
AREA_HA = [["area", "harvested"], ["area"], ["hectares"], ["ha"]]
YIELD_T = [["yield", "tonnes"], ["yield"], ["tonnes"], ["tons"]]

SEX = [["sex"], ["gender"]]
BIRTH = [["birth", "date"], ["birth"], ["dob"], ["born"]]
VET_CHECK = [["vet", "check"], ["vet"], ["last", "check"], ["checkup"]]
CALVING = [["calving"], ["due", "date"], ["due"]]

KWH_RATE = [["rate"], ["cost", "per", "kwh"], ["price", "per", "kwh"], ["unit", "rate"]]
KWH_COST = [["cost"], ["charge"], ["amount"]]
KWH_USED = [["kwh", "used"], ["kwh"], ["usage"], ["consumption"], ["energy"]]

EXPORTED = [["exported"], ["export"], ["kwh", "exported"], ["to", "grid"]]
SOLAR = [["solar", "kwh"], ["produced"], ["production"], ["generated"], ["generation"], ["solar"]]

CASES = [
 # ---------------- hospital / clinic ----------------
 {"id": "e_hosp_admissions",
  "description": "I need a table of hospital admissions. Each row is one patient stay with an admission id, the "
                 "patient's full name and their age (adults only, 18 to 95). Record the ward they were admitted "
                 "to, the attending doctor, the admission date, which falls sometime in 2023, and the discharge "
                 "date, which is always at least one day after the admission.",
  "expect": [
   {"names": [["admission", "id"], ["stay", "id"], ["id"]], "kind": "unique"},
   {"names": [["patient", "name"], ["patient"], ["name"]], "kind": "person_part"},
   {"names": [["age"]], "kind": "int", "min": 18, "max": 95},
   {"names": [["ward"], ["unit"], ["department"]], "kind": "category"},
   {"names": [["attending", "doctor"], ["doctor"], ["physician"], ["attending"]], "kind": "person_part"},
   {"names": ADMIT, "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"},
   {"names": DISCHARGE, "kind": "date"}],
  "relations": [
   {"a": ADMIT, "op": "<", "b": DISCHARGE}]},

 {"id": "e_clinic_appointments",
  "description": "Clinic appointments\n"
                 "appointment id (like APT-00001)\n"
                 "patient first name\n"
                 "patient last name\n"
                 "clinic (Downtown, Northside, Riverside)\n"
                 "appointment start time\n"
                 "appointment end time (15 to 60 minutes after the start)\n"
                 "visit type (checkup, follow-up, vaccination, consultation)\n"
                 "status (scheduled, completed, cancelled, no-show)\n"
                 "cancellation reason, only filled in when the status is cancelled",
  "expect": [
   {"names": [["appointment", "id"], ["appt", "id"], ["id"]], "kind": "regex", "values": [r"APT-\d{5}"]},
   {"names": [["first", "name"], ["first"], ["given", "name"]], "kind": "person_part"},
   {"names": [["last", "name"], ["last"], ["surname"], ["family", "name"]], "kind": "person_part"},
   {"names": [["clinic"], ["location"], ["site"]], "kind": "enum", "values": ["Downtown", "Northside", "Riverside"]},
   {"names": APPT_START, "kind": "datetime"},
   {"names": APPT_END, "kind": "datetime"},
   {"names": [["visit", "type"], ["visit"], ["type"]], "kind": "enum",
    "values": ["checkup", "follow-up", "follow_up", "vaccination", "consultation"]},
   {"names": APPT_STATUS, "kind": "enum", "values": ["scheduled", "completed", "cancelled", "no-show", "no_show"]}],
  "relations": [
   {"a": APPT_START, "op": "<", "b": APPT_END},
   {"a": APPT_STATUS, "op": "implies", "in": ["cancelled"], "then": CANCEL_REASON, "filled": True},
   {"a": APPT_STATUS, "op": "implies", "in": ["scheduled", "completed", "no-show", "no_show"],
    "then": CANCEL_REASON, "filled": False}]},

 # ---------------- online shop ----------------
 {"id": "e_shop_orders",
  "description": "Online shop orders: order id like ORD-0001, customer name, customer email (made from their name), "
                 "product name, quantity (1 to 10), unit price between $5 and $200, order total = quantity x unit "
                 "price, order date sometime in 2024, and payment method (card, PayPal or gift card)",
  "expect": [
   {"names": [["order", "id"], ["order", "number"], ["order", "no"], ["id"]], "kind": "regex", "values": [r"ORD-\d{4,}"]},
   {"names": [["customer", "name"], ["customer"], ["name"]], "kind": "person_part"},
   {"names": [["email"], ["e", "mail"]], "kind": "email"},
   {"names": [["product", "name"], ["product"], ["item"]], "kind": "label"},
   {"names": QTY, "kind": "int", "min": 1, "max": 10},
   {"names": UNIT_PRICE, "kind": "number", "min": 5, "max": 200},
   {"names": ORDER_TOTAL, "kind": "number", "min": 5, "max": 2000},
   {"names": [["order", "date"], ["ordered"], ["date"]], "kind": "date_in", "min": "2024-01-01", "max": "2024-12-31"},
   {"names": [["payment", "method"], ["payment"], ["method"]], "kind": "enum",
    "values": ["card", "paypal", "gift card", "gift_card"]}],
  "relations": [
   {"a": ORDER_TOTAL, "op": "product", "b": [QTY, UNIT_PRICE]}]},

 {"id": "e_shop_products",
  "description": "Product catalog for a small electronics store\n"
                 "- product names (headphones, chargers, cables, speakers and the like)\n"
                 "- SKU like SKU-12345\n"
                 "- brand\n"
                 "- category (audio, charging, accessories, wearables)\n"
                 "- list price in USD, 2 decimal places, $10 to $500\n"
                 "- sale price, never above the list price\n"
                 "- units in stock, 0 to 500\n"
                 "- discontinued or not (most are not, roughly 10% discontinued)",
  "expect": [
   {"names": [["product", "name"], ["product"], ["name"], ["title"]], "kind": "label"},
   {"names": [["sku"]], "kind": "regex", "values": [r"SKU-\d{5}"]},
   {"names": [["brand"], ["manufacturer"]], "kind": "label"},
   {"names": [["category"]], "kind": "enum", "values": ["audio", "charging", "accessories", "wearables"]},
   {"names": SALE_PRICE, "kind": "number", "min": 0, "max": 500},
   {"names": LIST_PRICE, "kind": "regex", "values": [r"(?:[1-9]\d|[1-4]\d\d)\.\d\d|500\.00"]},
   {"names": [["stock"], ["units"], ["inventory"], ["quantity"], ["qty"]], "kind": "int", "min": 0, "max": 500},
   {"names": [["discontinued"], ["is", "discontinued"]], "kind": "bool_share", "min": 0.04, "max": 0.18}],
  "relations": [
   {"a": SALE_PRICE, "op": "<=", "b": LIST_PRICE}]},

 # ---------------- bank ----------------
 {"id": "e_bank_accounts",
  "description": "bank accounts table\n"
                 "account_number: string, 10 digits\n"
                 "holder_name: person full name\n"
                 "account_type: checking / savings / money market\n"
                 "opened_on: date between 2010 and 2023\n"
                 "balance: decimal, can't be negative, up to 250k\n"
                 "interest_rate: percent, 0.01 to 5\n"
                 "branch_city: city of the branch\n"
                 "branch_state: US state that city is in\n"
                 "status: active / frozen / closed (most are active)",
  "expect": [
   {"names": [["account", "number"], ["account", "no"], ["account", "num"], ["acct"]], "kind": "regex", "values": [r"\d{10}"]},
   {"names": [["holder", "name"], ["holder"], ["owner"], ["name"]], "kind": "person_part"},
   {"names": [["account", "type"], ["type"]], "kind": "enum", "values": ["checking", "savings", "money market", "money_market"]},
   {"names": [["opened", "on"], ["opened"], ["open", "date"], ["opening", "date"]], "kind": "date_in",
    "min": "2010-01-01", "max": "2023-12-31"},
   {"names": [["balance"]], "kind": "number", "min": 0, "max": 250000},
   {"names": [["interest", "rate"], ["interest"], ["rate"], ["apr"], ["apy"]], "kind": "number", "min": 0.01, "max": 5},
   {"names": BRANCH_CITY, "kind": "label"},
   {"names": BRANCH_STATE, "kind": "text"},
   {"names": [["status"], ["account", "status"]], "kind": "weighted", "values": ["active", "frozen", "closed"],
    "min": 0.5, "max": 0.97}],
  "relations": [
   {"a": BRANCH_CITY, "op": "maps", "b": BRANCH_STATE}]},

 {"id": "e_card_transactions",
  "description": "card txns: txn id, card no (visa/mc, valid luhn), merchant, mcc category, amt $1-$2000, txn ts, "
                 "currency USD/EUR/GBP, fraud flag ~2%",
  "expect": [
   {"names": [["txn", "id"], ["transaction", "id"], ["id"]], "kind": "unique"},
   {"names": [["card", "no"], ["card", "number"], ["card", "num"], ["pan"], ["card"]], "kind": "luhn"},
   {"names": [["merchant"], ["merchant", "name"]], "kind": "label"},
   {"names": [["mcc"], ["category"]], "kind": "category"},
   {"names": [["amt"], ["amount"]], "kind": "number", "min": 1, "max": 2000},
   {"names": [["txn", "ts"], ["ts"], ["timestamp"], ["datetime"], ["time"], ["date"]], "kind": "datetime"},
   {"names": [["currency"], ["ccy"]], "kind": "enum", "values": ["USD", "EUR", "GBP"]},
   {"names": [["fraud", "flag"], ["fraud"], ["is", "fraud"], ["flag"]], "kind": "bool_share", "min": 0.003, "max": 0.06}]},

 # ---------------- students ----------------
 {"id": "e_students",
  "description": "Students with student IDs, first names, last names, emails based on their names, birth dates, "
                 "enrollment years between 2019 and 2024, majors, and GPAs from 0.0 to 4.0",
  "expect": [
   {"names": [["student", "id"], ["id"]], "kind": "unique"},
   {"names": [["first", "name"], ["first"], ["given", "name"]], "kind": "person_part"},
   {"names": [["last", "name"], ["last"], ["surname"], ["family", "name"]], "kind": "person_part"},
   {"names": [["email"], ["e", "mail"]], "kind": "email"},
   {"names": [["birth", "date"], ["birth"], ["dob"], ["birthdate"], ["birthday"]], "kind": "date"},
   {"names": [["enrollment", "year"], ["enrolled"], ["enrollment"], ["year"]], "kind": "int", "min": 2019, "max": 2024},
   {"names": [["major"], ["program"], ["field"]], "kind": "label"},
   {"names": [["gpa"]], "kind": "number", "min": 0, "max": 4}]},

 {"id": "e_exam_results",
  "description": "Exam results for a high school. Every row is one student's result on one exam: the student's "
                 "name, the subject (Math, Physics, Chemistry, Biology, English or History), the exam date in "
                 "spring 2024 (March to June), the score (a whole number out of 100) and the letter grade, which "
                 "must match the score: A for 90 and above, B for 80-89, C for 70-79, D for 60-69 and F below 60. "
                 "Also add whether the student passed, meaning a score of 60 or more.",
  "expect": [
   {"names": [["student", "name"], ["student"], ["name"]], "kind": "person_part"},
   {"names": [["subject"], ["course"]], "kind": "enum",
    "values": ["Math", "Physics", "Chemistry", "Biology", "English", "History"]},
   {"names": [["exam", "date"], ["date"]], "kind": "date_in", "min": "2024-03-01", "max": "2024-06-30"},
   {"names": SCORE, "kind": "int", "min": 0, "max": 100},
   {"names": GRADE, "kind": "enum", "values": ["A", "B", "C", "D", "F"]},
   {"names": PASSED, "kind": "bool"}],
  "relations": [
   {"a": SCORE, "op": "maps", "b": GRADE},
   {"a": GRADE, "op": "maps", "b": PASSED},
   {"a": SCORE, "op": "maps", "b": PASSED}]},

 # ---------------- employees / payroll ----------------
 {"id": "e_employees",
  "description": "Employee directory: employee id (E1001 onwards), full name, work email (first.last@acme.com), "
                 "department (Engineering, Sales, Marketing, HR, Finance), job title, hire date (2015-2024), office city",
  "expect": [
   {"names": [["employee", "id"], ["emp", "id"], ["id"]], "kind": "regex", "values": [r"E\d{4,}"]},
   {"names": [["full", "name"], ["employee", "name"], ["name"]], "kind": "person"},
   {"names": [["work", "email"], ["email"]], "kind": "regex",
    "values": [r"(?i)[a-z][a-z'\-]*\.[a-z][a-z'\-]*\d*@acme\.com"]},
   {"names": [["department"], ["dept"]], "kind": "enum", "values": ["Engineering", "Sales", "Marketing", "HR", "Finance"]},
   {"names": [["job", "title"], ["title"], ["position"], ["role"]], "kind": "label"},
   {"names": [["hire", "date"], ["hired"], ["start", "date"]], "kind": "date_in", "min": "2015-01-01", "max": "2024-12-31"},
   {"names": [["office", "city"], ["office"], ["city"], ["location"]], "kind": "label"}]},

 {"id": "e_payroll",
  "description": "payroll: emp id, pay period start, pay period end (2 wks later), gross pay, tax withheld, "
                 "net pay = gross - tax, pay dt (on or after period end)",
  "expect": [
   {"names": [["emp", "id"], ["employee", "id"], ["id"]], "kind": "idlike"},
   {"names": PERIOD_START, "kind": "date"},
   {"names": PERIOD_END, "kind": "date"},
   {"names": GROSS, "kind": "number", "min": 0, "max": 50000},
   {"names": TAX_WITHHELD, "kind": "number", "min": 0, "max": 25000},
   {"names": NET, "kind": "number", "min": 0, "max": 50000},
   {"names": PAY_DATE, "kind": "date"}],
  "relations": [
   {"a": PERIOD_START, "op": "<", "b": PERIOD_END},
   {"a": GROSS, "op": "sum", "b": [NET, TAX_WITHHELD]},
   {"a": PERIOD_END, "op": "<=", "b": PAY_DATE}]},

 # ---------------- warehouse ----------------
 {"id": "e_warehouse_shipments",
  "description": "Outbound shipments from our warehouses\n"
                 "* shipment id like SHP-2023-00001\n"
                 "* origin warehouse (Reno, Dallas, Atlanta, Newark)\n"
                 "* destination city and destination state\n"
                 "* carrier (UPS, FedEx, DHL, USPS)\n"
                 "* weight in kg, 0.5 to 500\n"
                 "* shipped date\n"
                 "* delivered date, after the shipped date; empty while still in transit\n"
                 "* status: in transit, delivered, returned",
  "expect": [
   {"names": [["shipment", "id"], ["shipment"], ["id"]], "kind": "regex", "values": [r"SHP-2023-\d{5}"]},
   {"names": [["origin", "warehouse"], ["origin"], ["warehouse"]], "kind": "enum",
    "values": ["Reno", "Dallas", "Atlanta", "Newark"]},
   {"names": DEST_CITY, "kind": "label"},
   {"names": DEST_STATE, "kind": "text"},
   {"names": [["carrier"]], "kind": "enum", "values": ["UPS", "FedEx", "DHL", "USPS"]},
   {"names": [["weight"], ["kg"]], "kind": "number", "min": 0.5, "max": 500},
   {"names": SHIPPED, "kind": "date"},
   {"names": SHIP_STATUS, "kind": "enum", "values": ["in transit", "in_transit", "delivered", "returned"]}],
  "relations": [
   {"a": SHIPPED, "op": "<=", "b": DELIVERED},
   {"a": SHIP_STATUS, "op": "implies", "in": ["delivered"], "then": DELIVERED, "filled": True},
   {"a": SHIP_STATUS, "op": "implies", "in": ["in transit", "in_transit"], "then": DELIVERED, "filled": False},
   {"a": DEST_CITY, "op": "maps", "b": DEST_STATE}]},

 {"id": "e_warehouse_receiving",
  "description": "Inbound receiving log\n"
                 "PO number\n"
                 "supplier names (company names, not people)\n"
                 "dock door (1-12)\n"
                 "pallets expected\n"
                 "pallets received (never more than expected)\n"
                 "received at (timestamp)\n"
                 "inspector\n"
                 "damaged yes/no, about 5% yes",
  "expect": [
   {"names": [["po", "number"], ["po"], ["purchase", "order"]], "kind": "idlike"},
   {"names": [["supplier", "name"], ["supplier"], ["vendor"]], "kind": "label"},
   {"names": [["dock", "door"], ["dock"], ["door"]], "kind": "int", "min": 1, "max": 12},
   {"names": PALLETS_EXPECTED, "kind": "int", "min": 0, "max": 100},
   {"names": PALLETS_RECEIVED, "kind": "int", "min": 0, "max": 100},
   {"names": [["received", "at"], ["received", "time"], ["receipt", "time"], ["received", "ts"], ["timestamp"]],
    "kind": "datetime"},
   {"names": [["inspector"], ["inspected", "by"]], "kind": "person_part"},
   {"names": [["damaged"], ["damage"], ["is", "damaged"]], "kind": "bool_share", "min": 0.01, "max": 0.12}],
  "relations": [
   {"a": PALLETS_RECEIVED, "op": "<=", "b": PALLETS_EXPECTED}]},

 # ---------------- IoT ----------------
 {"id": "e_iot_environment",
  "description": "sensor_id: like TMP-001 to TMP-050\n"
                 "reading_time: timestamp, every 5 minutes\n"
                 "temperature_c: float, -10 to 45\n"
                 "humidity_pct: 0-100\n"
                 "battery_v: around 3.7 V (3.0 to 4.2)\n"
                 "status: ok / warning / error",
  "expect": [
   {"names": [["sensor", "id"], ["sensor"], ["device", "id"], ["id"]], "kind": "regex",
    "values": [r"TMP-0(?:0[1-9]|[1-4]\d|50)"]},
   {"names": [["reading", "time"], ["timestamp"], ["time"], ["ts"]], "kind": "datetime"},
   {"names": [["temperature"], ["temp"]], "kind": "number", "min": -10, "max": 45},
   {"names": [["humidity"]], "kind": "number", "min": 0, "max": 100},
   {"names": [["battery"], ["battery", "v"]], "kind": "number", "min": 3.0, "max": 4.2},
   {"names": [["status"]], "kind": "enum", "values": ["ok", "warning", "error"]}]},

 {"id": "e_iot_smart_plugs",
  "description": "Readings from smart plugs in an office building. Each reading has a device id, the room it is in "
                 "(room numbers like 101, 102, 201), a timestamp, the voltage (around 120 V, so 110 to 130), the "
                 "current in amps (0 to 15), and the power in watts, which should equal voltage times current. "
                 "Roughly 10% of the readings are flagged as anomalies.",
  "expect": [
   {"names": [["device", "id"], ["plug", "id"], ["device"], ["id"]], "kind": "idlike"},
   {"names": [["room"], ["room", "number"]], "kind": "idlike"},
   {"names": [["timestamp"], ["time"], ["ts"], ["datetime"]], "kind": "datetime"},
   {"names": VOLTAGE, "kind": "number", "min": 110, "max": 130},
   {"names": CURRENT, "kind": "number", "min": 0, "max": 15},
   {"names": POWER, "kind": "number", "min": 0, "max": 1950},
   {"names": [["anomaly"], ["is", "anomaly"], ["anomalous"], ["flagged"], ["flag"]], "kind": "bool_share",
    "min": 0.04, "max": 0.18}],
  "relations": [
   {"a": POWER, "op": "product", "b": [VOLTAGE, CURRENT], "tol": 0.02}]},

 # ---------------- football ----------------
 {"id": "e_soccer_matches",
  "description": "Soccer match results with match date, home team names and away team names (club names, not "
                 "people), home goals and away goals (0 to 6), total goals, competition (Premier League, La Liga "
                 "or Serie A), stadium, attendance up to 90,000 and the result as home win, draw or away win",
  "expect": [
   {"names": [["match", "date"], ["date"]], "kind": "date"},
   {"names": [["home", "team"], ["home", "club"], ["home"]], "kind": "label"},
   {"names": [["away", "team"], ["away", "club"], ["away"]], "kind": "label"},
   {"names": HOME_GOALS, "kind": "int", "min": 0, "max": 6},
   {"names": AWAY_GOALS, "kind": "int", "min": 0, "max": 6},
   {"names": TOTAL_GOALS, "kind": "int", "min": 0, "max": 12},
   {"names": [["competition"], ["league"], ["tournament"]], "kind": "enum",
    "values": ["Premier League", "La Liga", "Serie A", "premier_league", "la_liga", "serie_a"]},
   {"names": [["stadium"], ["venue"]], "kind": "label"},
   {"names": [["attendance"], ["crowd"]], "kind": "int", "min": 0, "max": 90000},
   {"names": [["result"], ["outcome"]], "kind": "enum", "values": ["home win", "draw", "away win", "home_win", "away_win"]}],
  "relations": [
   {"a": TOTAL_GOALS, "op": "sum", "b": [HOME_GOALS, AWAY_GOALS]}]},

 {"id": "e_soccer_players",
  "description": "Player roster\n"
                 "- player name\n"
                 "- team (club names)\n"
                 "- position: GK, DEF, MID or FWD\n"
                 "- shirt number 1-99\n"
                 "- date of birth (players aged 17 to 38)\n"
                 "- nationality\n"
                 "- market value in million EUR\n"
                 "- goals this season (0-40) and assists (0-25)\n"
                 "- minutes played (max 3420)",
  "expect": [
   {"names": [["player", "name"], ["player"], ["name"]], "kind": "person_part"},
   {"names": [["team"], ["club"]], "kind": "label"},
   {"names": [["position"], ["pos"]], "kind": "enum", "values": ["GK", "DEF", "MID", "FWD"]},
   {"names": [["shirt", "number"], ["shirt"], ["jersey"], ["kit", "number"], ["number"]], "kind": "int", "min": 1, "max": 99},
   {"names": [["date", "of", "birth"], ["birth"], ["dob"], ["birthdate"]], "kind": "date_in",
    "min": "1984-01-01", "max": "2009-12-31"},
   {"names": [["nationality"], ["country"]], "kind": "label"},
   {"names": [["market", "value"], ["value"]], "kind": "number", "min": 0, "max": 250},
   {"names": [["goals"]], "kind": "int", "min": 0, "max": 40},
   {"names": [["assists"]], "kind": "int", "min": 0, "max": 25},
   {"names": [["minutes", "played"], ["minutes"], ["mins"]], "kind": "int", "min": 0, "max": 3420}]},

 # ---------------- hotel ----------------
 {"id": "e_hotel_bookings",
  "description": "Hotel reservations for a beach resort. Each booking has a confirmation code like HB-482913, the "
                 "guest's name and email, a check-in date in summer 2025 (June through August) and a check-out "
                 "date 1 to 14 nights later. Include the number of nights, the room type (standard, deluxe or "
                 "suite), the number of guests (1 to 4), a nightly rate between $120 and $600, and the total "
                 "cost, which is the number of nights times the nightly rate.",
  "expect": [
   {"names": [["confirmation", "code"], ["confirmation"], ["booking", "id"], ["code"]], "kind": "regex",
    "values": [r"HB-\d{6}"]},
   {"names": [["guest", "name"], ["guest"], ["name"]], "kind": "person_part"},
   {"names": [["email"], ["e", "mail"]], "kind": "email"},
   {"names": CHECK_IN, "kind": "date_in", "min": "2025-06-01", "max": "2025-08-31"},
   {"names": CHECK_OUT, "kind": "date"},
   {"names": NIGHTS, "kind": "int", "min": 1, "max": 14},
   {"names": [["room", "type"], ["room"]], "kind": "enum", "values": ["standard", "deluxe", "suite"]},
   {"names": [["guests"], ["number", "of", "guests"], ["num", "guests"], ["occupancy"], ["pax"]], "kind": "int",
    "min": 1, "max": 4},
   {"names": NIGHTLY_RATE, "kind": "number", "min": 120, "max": 600},
   {"names": STAY_TOTAL, "kind": "number", "min": 120, "max": 8400}],
  "relations": [
   {"a": CHECK_IN, "op": "<", "b": CHECK_OUT},
   {"a": STAY_TOTAL, "op": "product", "b": [NIGHTS, NIGHTLY_RATE]}]},

 {"id": "e_hotel_cancellations",
  "description": "Hotel bookings with booking ids, hotel names (like Seaside Inn or Grand Plaza), booking channel "
                 "(direct, Booking.com or Expedia), booked on date, arrival date (always later than the booked on "
                 "date), deposit paid, refund amount (never more than the deposit), and cancelled yes or no "
                 "(about 20% yes)",
  "expect": [
   {"names": [["booking", "id"], ["id"]], "kind": "unique"},
   {"names": [["hotel", "name"], ["hotel"], ["property"]], "kind": "label"},
   {"names": [["booking", "channel"], ["channel"], ["source"]], "kind": "enum",
    "values": ["direct", "Booking.com", "Expedia"]},
   {"names": BOOKED_ON, "kind": "date"},
   {"names": ARRIVAL, "kind": "date"},
   {"names": DEPOSIT, "kind": "number", "min": 0, "max": 10000},
   {"names": [["cancelled"], ["canceled"], ["is", "cancelled"], ["is", "canceled"]], "kind": "bool_share",
    "min": 0.1, "max": 0.32}],
  "relations": [
   {"a": BOOKED_ON, "op": "<", "b": ARRIVAL},
   {"a": REFUND, "op": "<=", "b": DEPOSIT}]},

 # ---------------- real estate ----------------
 {"id": "e_real_estate_listings",
  "description": "Real estate listings: listing id, street address, city, state, zip code, property type (house, "
                 "condo, townhouse), bedrooms 1-6, bathrooms, square feet 500-5000, list price, price per sq ft, "
                 "listed date in 2024, days on market",
  "expect": [
   {"names": [["listing", "id"], ["mls"], ["id"]], "kind": "unique"},
   {"names": [["street", "address"], ["address"], ["street"]], "kind": "text"},
   {"names": LISTING_CITY, "kind": "label"},
   {"names": LISTING_STATE, "kind": "text"},
   {"names": [["zip", "code"], ["zip"], ["zipcode"], ["postal"], ["postcode"]], "kind": "zip"},
   {"names": [["property", "type"], ["type"]], "kind": "enum", "values": ["house", "condo", "townhouse"]},
   {"names": [["bedrooms"], ["beds"], ["bedroom"], ["br"]], "kind": "int", "min": 1, "max": 6},
   {"names": [["bathrooms"], ["baths"], ["bathroom"], ["ba"]], "kind": "number", "min": 0.5, "max": 7},
   {"names": PPSF, "kind": "number", "min": 10, "max": 3000},
   {"names": SQFT, "kind": "number", "min": 500, "max": 5000},
   {"names": LISTING_PRICE, "kind": "number", "min": 20000, "max": 15000000},
   {"names": [["listed", "date"], ["listed"], ["list", "date"], ["listing", "date"]], "kind": "date_in",
    "min": "2024-01-01", "max": "2024-12-31"},
   {"names": [["days", "on", "market"], ["dom"], ["days"]], "kind": "int", "min": 0, "max": 1000}],
  "relations": [
   {"a": LISTING_PRICE, "op": "product", "b": [PPSF, SQFT], "tol": 0.02},
   {"a": LISTING_CITY, "op": "maps", "b": LISTING_STATE}]},

 {"id": "e_apartment_rentals",
  "description": "Apartment rentals\n"
                 "unit id\n"
                 "neighborhood (names like Midtown, Riverside, Old Town)\n"
                 "monthly rent ($900-$4,500)\n"
                 "security deposit (equal to one month's rent)\n"
                 "bedrooms (a studio counts as 0)\n"
                 "pet friendly (yes/no)\n"
                 "lease start\n"
                 "lease end (12 months after the start)\n"
                 "available from",
  "expect": [
   {"names": [["unit", "id"], ["unit"], ["id"]], "kind": "idlike"},
   {"names": [["neighborhood"], ["neighbourhood"], ["district"], ["area"]], "kind": "category"},
   {"names": RENT, "kind": "number", "min": 900, "max": 4500},
   {"names": SEC_DEPOSIT, "kind": "number", "min": 900, "max": 4500},
   {"names": [["bedrooms"], ["beds"], ["bedroom"]], "kind": "int", "min": 0, "max": 6},
   {"names": [["pet", "friendly"], ["pets"], ["pet"]], "kind": "bool"},
   {"names": LEASE_START, "kind": "date"},
   {"names": LEASE_END, "kind": "date"},
   {"names": [["available", "from"], ["available"], ["availability"]], "kind": "date"}],
  "relations": [
   {"a": SEC_DEPOSIT, "op": "between_ratio", "b": RENT, "min": 0.99, "max": 1.01},
   {"a": LEASE_START, "op": "<", "b": LEASE_END}]},

 # ---------------- restaurant ----------------
 {"id": "e_restaurant_menu",
  "description": "Menu items for an Italian restaurant\n"
                 "- dish names (real dishes like lasagna, margherita pizza, tiramisu)\n"
                 "- course: starter, main, dessert, drink\n"
                 "- price between $4 and $35\n"
                 "- vegetarian (true/false), around 40% vegetarian\n"
                 "- calories 50-1500\n"
                 "- spicy level 0-3",
  "expect": [
   {"names": [["dish", "name"], ["dish"], ["item", "name"], ["item"], ["name"]], "kind": "label"},
   {"names": [["course"], ["category"]], "kind": "enum", "values": ["starter", "main", "dessert", "drink"]},
   {"names": [["price"]], "kind": "number", "min": 4, "max": 35},
   {"names": [["vegetarian"], ["is", "vegetarian"], ["veg"]], "kind": "bool_share", "min": 0.25, "max": 0.55},
   {"names": [["calories"], ["kcal"]], "kind": "number", "min": 50, "max": 1500},
   {"names": [["spicy", "level"], ["spice", "level"], ["spicy"], ["spiciness"], ["heat"]], "kind": "int", "min": 0, "max": 3}]},

 {"id": "e_restaurant_orders",
  "description": "Restaurant orders from a busy diner. I want a ticket number, the table number (1-30), the "
                 "server's first name, the time the order was placed, and the number of covers (1 to 8). Then a "
                 "subtotal, sales tax at 8% of the subtotal, a tip that is usually between 10% and 25% of the "
                 "subtotal, and the total, which is subtotal plus tax plus tip. Payment is cash or card.",
  "expect": [
   {"names": [["ticket", "number"], ["ticket"], ["order", "id"], ["check", "number"]], "kind": "unique"},
   {"names": [["table", "number"], ["table"]], "kind": "int", "min": 1, "max": 30},
   {"names": [["server"], ["server", "name"], ["waiter"], ["waitress"]], "kind": "person_part"},
   {"names": [["order", "time"], ["placed"], ["ordered", "at"], ["timestamp"], ["time"]], "kind": "datetime"},
   {"names": [["covers"], ["party", "size"], ["guests"], ["party"]], "kind": "int", "min": 1, "max": 8},
   {"names": SUBTOTAL, "kind": "number", "min": 0, "max": 2000},
   {"names": TAX, "kind": "number", "min": 0, "max": 200},
   {"names": TIP, "kind": "number", "min": 0, "max": 500},
   {"names": BILL_TOTAL, "kind": "number", "min": 0, "max": 3000},
   {"names": [["payment", "method"], ["payment"], ["paid", "by"], ["payment", "type"]], "kind": "enum",
    "values": ["cash", "card"]}],
  "relations": [
   {"a": TAX, "op": "between_ratio", "b": SUBTOTAL, "min": 0.078, "max": 0.082},
   {"a": TIP, "op": "between_ratio", "b": SUBTOTAL, "min": 0.10, "max": 0.25, "share": 0.8},
   {"a": BILL_TOTAL, "op": "sum", "b": [SUBTOTAL, TAX, TIP]}]},

 # ---------------- music ----------------
 {"id": "e_music_tracks",
  "description": "track_id: unique id\n"
                 "song_title: song names (real-sounding titles, not people's names)\n"
                 "artist: band or artist name\n"
                 "album: album title\n"
                 "genre: pop, rock, hip-hop, jazz, electronic\n"
                 "duration_sec: 90 to 480\n"
                 "release_year: 1970-2024\n"
                 "explicit: boolean, about 15% true\n"
                 "play_count: integer up to 5 million",
  "expect": [
   {"names": [["track", "id"], ["id"]], "kind": "unique"},
   {"names": [["song", "title"], ["song", "name"], ["track", "name"], ["title"], ["song"]], "kind": "label"},
   {"names": [["artist"], ["band"]], "kind": "text"},
   {"names": [["album"], ["album", "title"]], "kind": "label"},
   {"names": [["genre"]], "kind": "enum", "values": ["pop", "rock", "hip-hop", "hip_hop", "jazz", "electronic"]},
   {"names": [["duration", "sec"], ["duration"], ["length"], ["seconds"]], "kind": "number", "min": 90, "max": 480},
   {"names": [["release", "year"], ["year"]], "kind": "int", "min": 1970, "max": 2024},
   {"names": [["explicit"], ["is", "explicit"]], "kind": "bool_share", "min": 0.06, "max": 0.26},
   {"names": [["play", "count"], ["plays"], ["streams"]], "kind": "int", "min": 0, "max": 5000000}]},

 {"id": "e_playlists",
  "description": "Streaming playlists with playlist names (like Chill Vibes or Workout Mix), owner usernames, "
                 "follower counts, track counts between 5 and 300, total durations in minutes, created dates, "
                 "last updated dates (never before the created date) and whether each playlist is public or private",
  "expect": [
   {"names": [["playlist", "name"], ["playlist"], ["name"], ["title"]], "kind": "label"},
   {"names": [["owner", "username"], ["owner"], ["username"], ["user"]], "kind": "text"},
   {"names": [["follower", "count"], ["followers"], ["follower"]], "kind": "int", "min": 0, "max": 50000000},
   {"names": TRACK_COUNT, "kind": "int", "min": 5, "max": 300},
   {"names": PLAYLIST_DURATION, "kind": "number", "min": 5, "max": 3000},
   {"names": CREATED, "kind": "date"},
   {"names": UPDATED, "kind": "date"},
   {"names": [["visibility"], ["is", "public"], ["public"], ["privacy"], ["private"]], "kind": "category_or_bool"}],
  "relations": [
   {"a": CREATED, "op": "<=", "b": UPDATED},
   {"a": PLAYLIST_DURATION, "op": "between_ratio", "b": TRACK_COUNT, "min": 1, "max": 10}]},

 # ---------------- cars / vehicles ----------------
 {"id": "e_used_cars",
  "description": "used cars: vin (17 chars), make, model (model must belong to the make), yr 2005-2024, mileage mi, "
                 "color (colours like red, green, blue, black, white, silver), price $2k-$80k, trans auto/manual, "
                 "fuel gas/diesel/hybrid/electric",
  "expect": [
   {"names": [["vin"]], "kind": "regex", "values": [r"[A-Za-z0-9]{17}"]},
   {"names": MAKE, "kind": "label"},
   {"names": MODEL, "kind": "label"},
   {"names": [["yr"], ["year"], ["model", "year"]], "kind": "int", "min": 2005, "max": 2024},
   {"names": [["mileage"], ["miles"], ["odometer"], ["mi"]], "kind": "number", "min": 0, "max": 400000},
   {"names": [["color"], ["colour"]], "kind": "category"},
   {"names": [["price"]], "kind": "number", "min": 2000, "max": 80000},
   {"names": [["trans"], ["transmission"]], "kind": "enum", "values": ["auto", "automatic", "manual"]},
   {"names": [["fuel"], ["fuel", "type"]], "kind": "enum", "values": ["gas", "gasoline", "diesel", "hybrid", "electric"]}],
  "relations": [
   {"a": MODEL, "op": "maps", "b": MAKE}]},

 {"id": "e_vehicle_registrations",
  "description": "Vehicle registrations\n"
                 "plate number (like 7ABC123)\n"
                 "owner name\n"
                 "owner email (from the owner's name)\n"
                 "vehicle type (car, truck, motorcycle, van)\n"
                 "registration date\n"
                 "expiry date (one year after registration)\n"
                 "fee, $50 to $300\n"
                 "status (valid, expired, suspended)",
  "expect": [
   {"names": [["plate", "number"], ["plate"], ["license", "plate"]], "kind": "regex", "values": [r"\d[A-Z]{3}\d{3}"]},
   {"names": [["owner", "name"], ["owner"], ["name"]], "kind": "person_part"},
   {"names": [["email"], ["owner", "email"]], "kind": "email"},
   {"names": [["vehicle", "type"], ["type"]], "kind": "enum", "values": ["car", "truck", "motorcycle", "van"]},
   {"names": EXPIRY, "kind": "date"},
   {"names": REG_DATE, "kind": "date"},
   {"names": [["fee"], ["registration", "fee"]], "kind": "number", "min": 50, "max": 300},
   {"names": [["status"]], "kind": "enum", "values": ["valid", "expired", "suspended"]}],
  "relations": [
   {"a": REG_DATE, "op": "<", "b": EXPIRY}]},

 # ---------------- insurance ----------------
 {"id": "e_auto_claims",
  "description": "Auto insurance claims. Each claim has a claim number like CLM-100234, the policy number, the "
                 "policyholder's name, the incident date (sometime in 2023) and the date the claim was filed, which "
                 "is on or after the incident date. The claim type is collision, theft, vandalism, weather or "
                 "glass. Give the amount claimed ($500 to $50,000), the amount paid out, which is never more than "
                 "the amount claimed, and the status: open, approved, denied or paid.",
  "expect": [
   {"names": [["claim", "number"], ["claim", "id"], ["claim", "no"]], "kind": "regex", "values": [r"CLM-\d{6}"]},
   {"names": [["policy", "number"], ["policy", "id"], ["policy", "no"], ["policy"]], "kind": "idlike"},
   {"names": [["policyholder"], ["policy", "holder"], ["holder"], ["insured"], ["name"]], "kind": "person_part"},
   {"names": INCIDENT, "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"},
   {"names": FILED, "kind": "date"},
   {"names": [["claim", "type"], ["type"]], "kind": "enum", "values": ["collision", "theft", "vandalism", "weather", "glass"]},
   {"names": CLAIMED, "kind": "number", "min": 500, "max": 50000},
   {"names": [["status"], ["claim", "status"]], "kind": "enum", "values": ["open", "approved", "denied", "paid"]}],
  "relations": [
   {"a": INCIDENT, "op": "<=", "b": FILED},
   {"a": PAID_OUT, "op": "<=", "b": CLAIMED}]},

 {"id": "e_health_claims",
  "description": "Health insurance claims\n"
                 "* claim id\n"
                 "* member id\n"
                 "* provider names (clinics and hospitals, e.g. Lakeside Family Clinic)\n"
                 "* service date\n"
                 "* diagnosis code (ICD-10, like J45.909)\n"
                 "* billed amount\n"
                 "* allowed amount (at most the billed amount)\n"
                 "* patient responsibility (part of the allowed amount)\n"
                 "* claim status: pending, paid, rejected, with roughly 10% rejected",
  "expect": [
   {"names": [["claim", "id"], ["id"]], "kind": "unique"},
   {"names": [["member", "id"], ["member"]], "kind": "idlike"},
   {"names": [["provider", "name"], ["provider"], ["facility"]], "kind": "label"},
   {"names": [["service", "date"], ["date", "of", "service"], ["dos"]], "kind": "date"},
   {"names": [["diagnosis", "code"], ["icd"], ["diagnosis"], ["dx"]], "kind": "regex",
    "values": [r"[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?"]},
   {"names": BILLED, "kind": "number", "min": 0},
   {"names": ALLOWED, "kind": "number", "min": 0},
   {"names": PATIENT_RESP, "kind": "number", "min": 0},
   {"names": [["claim", "status"], ["status"]], "kind": "weighted", "values": ["rejected", "pending", "paid"],
    "min": 0.04, "max": 0.18}],
  "relations": [
   {"a": ALLOWED, "op": "<=", "b": BILLED},
   {"a": PATIENT_RESP, "op": "<=", "b": ALLOWED}]},

 # ---------------- city ----------------
 {"id": "e_city_311",
  "description": "311 service requests with request id, created timestamp, closed timestamp (blank if still open), "
                 "complaint type (pothole, noise, graffiti, streetlight out, illegal dumping), borough (Manhattan, "
                 "Brooklyn, Queens, Bronx, Staten Island), latitude and longitude within New York City, and status "
                 "(open or closed)",
  "expect": [
   {"names": [["request", "id"], ["id"], ["ticket"]], "kind": "unique"},
   {"names": REQ_CREATED, "kind": "datetime"},
   {"names": [["complaint", "type"], ["complaint"], ["type"], ["category"]], "kind": "enum",
    "values": ["pothole", "noise", "graffiti", "streetlight out", "streetlight_out", "illegal dumping", "illegal_dumping"]},
   {"names": [["borough"]], "kind": "enum",
    "values": ["Manhattan", "Brooklyn", "Queens", "Bronx", "Staten Island", "staten_island"]},
   {"names": [["latitude"], ["lat"]], "kind": "number", "min": 40.4, "max": 41.0},
   {"names": [["longitude"], ["lon"], ["lng"], ["long"]], "kind": "number", "min": -74.3, "max": -73.6},
   {"names": REQ_STATUS, "kind": "enum", "values": ["open", "closed"]}],
  "relations": [
   {"a": REQ_CREATED, "op": "<", "b": REQ_CLOSED},
   {"a": REQ_STATUS, "op": "implies", "in": ["closed"], "then": REQ_CLOSED, "filled": True},
   {"a": REQ_STATUS, "op": "implies", "in": ["open"], "then": REQ_CLOSED, "filled": False}]},

 {"id": "e_building_permits",
  "description": "permit_number: BP-2024-0001 style\n"
                 "applicant_name: person\n"
                 "contractor: company name\n"
                 "permit_type: new construction | renovation | demolition | electrical | plumbing\n"
                 "address: street address in Austin, TX\n"
                 "estimated_cost: 1,000 to 2,000,000 USD\n"
                 "fee: about 1% of the estimated cost\n"
                 "applied_date: date in 2024\n"
                 "issued_date: after applied_date, empty if not issued yet\n"
                 "status: pending | issued | rejected",
  "expect": [
   {"names": [["permit", "number"], ["permit", "no"], ["permit", "id"]], "kind": "regex", "values": [r"BP-2024-\d{4,}"]},
   {"names": [["applicant", "name"], ["applicant"]], "kind": "person_part"},
   {"names": [["contractor"], ["contractor", "name"]], "kind": "label"},
   {"names": [["permit", "type"], ["type"]], "kind": "enum",
    "values": ["new construction", "new_construction", "renovation", "demolition", "electrical", "plumbing"]},
   {"names": [["address"], ["street", "address"]], "kind": "text"},
   {"names": EST_COST, "kind": "number", "min": 1000, "max": 2000000},
   {"names": PERMIT_FEE, "kind": "number", "min": 0},
   {"names": APPLIED, "kind": "date_in", "min": "2024-01-01", "max": "2024-12-31"},
   {"names": PERMIT_STATUS, "kind": "enum", "values": ["pending", "issued", "rejected"]}],
  "relations": [
   {"a": PERMIT_FEE, "op": "between_ratio", "b": EST_COST, "min": 0.005, "max": 0.015},
   {"a": APPLIED, "op": "<", "b": ISSUED},
   {"a": PERMIT_STATUS, "op": "implies", "in": ["issued"], "then": ISSUED, "filled": True},
   {"a": PERMIT_STATUS, "op": "implies", "in": ["pending", "rejected"], "then": ISSUED, "filled": False}]},

 # ---------------- farm ----------------
 {"id": "e_farm_harvest",
  "description": "Harvest log\n"
                 "field id (F01 to F20)\n"
                 "crop (wheat, corn, soybeans, barley)\n"
                 "harvest date (between July and October 2023)\n"
                 "area harvested in hectares (1 to 80)\n"
                 "yield in tonnes\n"
                 "yield per hectare (= yield / area)\n"
                 "moisture % (12 to 20)\n"
                 "harvested by (operator first name)",
  "expect": [
   {"names": [["field", "id"], ["field"]], "kind": "regex", "values": [r"F(?:0[1-9]|1\d|20)"]},
   {"names": [["crop"]], "kind": "enum", "values": ["wheat", "corn", "soybeans", "barley"]},
   {"names": [["harvest", "date"], ["date"]], "kind": "date_in", "min": "2023-07-01", "max": "2023-10-31"},
   {"names": YIELD_PER_HA, "kind": "number", "min": 0, "max": 20},
   {"names": AREA_HA, "kind": "number", "min": 1, "max": 80},
   {"names": YIELD_T, "kind": "number", "min": 0, "max": 1600},
   {"names": [["moisture"]], "kind": "number", "min": 12, "max": 20},
   {"names": [["harvested", "by"], ["operator"], ["harvester"]], "kind": "person_part"}],
  "relations": [
   {"a": YIELD_T, "op": "product", "b": [YIELD_PER_HA, AREA_HA], "tol": 0.03}]},

 {"id": "e_farm_cattle",
  "description": "Cattle herd records: tag ids like COW-0001, pastures (names like Creek Field or Hilltop), breeds "
                 "(Angus, Hereford, Holstein or Jersey), sex (male or female), birth dates, weights in kg between 200 "
                 "and 900, last vet check dates (after birth), and an expected calving date that is blank unless "
                 "the animal is a pregnant female",
  "expect": [
   {"names": [["tag", "id"], ["ear", "tag"], ["tag"], ["id"]], "kind": "regex", "values": [r"COW-\d{4}"]},
   {"names": [["pasture"], ["paddock"], ["field"], ["location"]], "kind": "label"},
   {"names": [["breed"], ["breeds"]], "kind": "enum", "values": ["Angus", "Hereford", "Holstein", "Jersey"]},
   {"names": SEX, "kind": "enum", "values": ["male", "female"]},
   {"names": BIRTH, "kind": "date"},
   {"names": [["weight"], ["weights"], ["kg"]], "kind": "number", "min": 200, "max": 900},
   {"names": VET_CHECK, "kind": "date"}],
  "relations": [
   {"a": BIRTH, "op": "<", "b": VET_CHECK},
   {"a": SEX, "op": "implies", "in": ["male"], "then": CALVING, "filled": False}]},

 # ---------------- energy ----------------
 {"id": "e_energy_meter_daily",
  "description": "elec meter rdgs, daily: meter id, rdg date, kwh used 5-60, tariff (peak/off-peak), "
                 "rate $/kwh 0.10-0.35, cost = kwh x rate",
  "expect": [
   {"names": [["meter", "id"], ["meter"]], "kind": "idlike"},
   {"names": [["rdg", "date"], ["reading", "date"], ["date"], ["rdg", "dt"]], "kind": "date"},
   {"names": KWH_RATE, "kind": "number", "min": 0.10, "max": 0.35},
   {"names": KWH_COST, "kind": "number", "min": 0.5, "max": 21},
   {"names": KWH_USED, "kind": "number", "min": 5, "max": 60},
   {"names": [["tariff"], ["period"], ["tou"]], "kind": "enum", "values": ["peak", "off-peak", "off_peak"]}],
  "relations": [
   {"a": KWH_COST, "op": "product", "b": [KWH_USED, KWH_RATE], "tol": 0.02}]},

 {"id": "e_solar_bills",
  "description": "Monthly utility bills for homes with rooftop solar. For each bill I need the account number, the "
                 "billing month (every month of 2023), the kWh consumed from the grid, the kWh the solar panels "
                 "produced, and the kWh exported back to the grid, which can't exceed what the panels produced. "
                 "Add the meter read date, the meter type (smart or analog, about 80% smart) and the amount due "
                 "in dollars.",
  "expect": [
   {"names": [["account", "number"], ["account", "no"], ["account", "id"], ["account"]], "kind": "idlike"},
   {"names": [["billing", "month"], ["month"], ["billing", "period"]], "kind": "category"},
   {"names": EXPORTED, "kind": "number", "min": 0, "max": 3000},
   {"names": SOLAR, "kind": "number", "min": 0, "max": 3000},
   {"names": [["grid", "kwh"], ["consumed"], ["consumption"], ["from", "grid"], ["imported"], ["grid", "usage"]],
    "kind": "number", "min": 0, "max": 5000},
   {"names": [["read", "date"], ["meter", "read"], ["reading", "date"]], "kind": "date"},
   {"names": [["meter", "type"], ["meter"]], "kind": "weighted", "values": ["smart", "analog"], "min": 0.65, "max": 0.92},
   {"names": [["amount", "due"], ["amount"], ["bill", "amount"], ["total"]], "kind": "number", "min": -1000, "max": 2000}],
  "relations": [
   {"a": EXPORTED, "op": "<=", "b": SOLAR}]},
]
