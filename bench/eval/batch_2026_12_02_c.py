"""Blind evaluation batch C for SynthGen's description -> dataset planner (score.py format).

Written blind: from score.py's check()/relation() and example_cases.py only, without looking at the
planner, its tests, other batches or any server output.

36 cases over 19 domains: the 17 listed ones (dental clinic, grocery store inventory, credit cards/loans,
online courses/MOOC, payroll/timesheets, warehouse stock movements, smart home devices, basketball/tennis
stats, car rentals, property rentals/Airbnb, coffee shop orders, podcasts/movies, ride sharing/taxi,
support tickets/helpdesk, elections/voting, weather station readings, water/gas meter billing) two cases
each, plus library loans and airline flights.

Phrasing styles (each at least 3 times): comma list with and/or; title + colon + list; bulleted list
("- " / "* "); one column per line; "name: type" lines; a paragraph of sentences; terse shorthand;
parenthesised details; plural nouns; "X names" of things that are not people.

Notes on choices forced by score.py:
- check() fails any column with more than 20% blanks, so a column the description says is often blank
  (completion date, resolved-at, battery level, guest name) is not a concept; it is tested through
  relations only (which skip blank cells), e.g. `implies` filled / blank, or a bound with a number.
- `sparse` calls the inner kind with an empty spec, so its inner kind is one that needs no spec keys.
- Enumerations introduced by "e.g." / "like" are examples, so those columns are `category` / `label`;
  `enum` only where the description closes the list ("one of", "(a, b or c)").
"""

# ---- shared name lists (a relation's NAMES equal to a concept's names resolve to the same column) ----
YES = ["yes", "true", "1", "y", "t"]
US_STATE_RE = r"[A-Z]{2}|[A-Z][a-z]+( [A-Z][a-z]+)*"

# dental
DA_FEE = [["fee"], ["cost"], ["price"], ["charge"], ["total"]]
DA_INS = [["insurance"], ["covered"], ["coverage"], ["insurer", "paid"]]
DP_DOB = [["birth"], ["dob"], ["born"]]
DP_VISIT = [["last", "visit"], ["visit"]]
# grocery
GI_REORDER = [["reorder"]]
GI_MAX = [["max"], ["maximum"], ["capacity"]]
GE_RECV = [["received", "date"], ["receipt", "date"], ["received", "at"], ["received", "on"], ["delivery", "date"]]
GE_EXP = [["expiry"], ["expiration"], ["expires"], ["best", "before"], ["use", "by"]]
GE_QRECV = [["quantity", "received"], ["qty", "received"], ["received", "quantity"], ["received", "qty"]]
GE_SOLD = [["sold"]]
# credit cards / loans
CC_LIMIT = [["limit"]]
CC_BAL = [["balance"]]
CC_STATUS = [["status"]]
CC_OPENED = [["opened"], ["open", "date"], ["opened", "date"]]
CC_CLOSED = [["closed", "date"], ["closed", "on"], ["closed", "at"], ["close", "date"], ["closure"]]
LN_PRINC = [["principal"], ["loan", "amount"], ["amount"]]
LN_PAY = [["monthly", "payment"], ["payment"], ["installment"], ["emi"]]
LN_START = [["start"], ["origination"], ["issue", "date"], ["disbursement"], ["disbursed"]]
LN_MAT = [["maturity"], ["end", "date"], ["end"]]
# MOOC
ME_ENROLL = [["enrollment", "date"], ["enrolled"], ["enroll", "date"], ["enrolment"], ["enrollment"]]
ME_DONE = [["completion", "date"], ["completed"], ["completion"], ["finished"]]
ME_CERT = [["certificate"], ["certified"]]
MC_HRS = [["hrs"], ["hours"], ["duration"], ["length"]]
MC_LESSONS = [["lessons"], ["lesson"], ["lectures"]]
# payroll / timesheets
PR_START = [["start"], ["period", "start"]]
PR_END = [["end"], ["period", "end"]]
PR_HOURS = [["hours"], ["hours", "worked"]]
PR_RATE = [["hourly", "rate"], ["rate"], ["hourly"]]
PR_GROSS = [["gross"]]
PR_TAX = [["tax"], ["withheld"], ["withholding"]]
PR_NET = [["net"]]
TS_IN = [["clock", "in"], ["clockin"], ["start", "time"], ["check", "in"], ["time", "in"]]
TS_OUT = [["clock", "out"], ["clockout"], ["end", "time"], ["check", "out"], ["time", "out"]]
# warehouse
WM_TYPE = [["movement", "type"], ["type"]]
WM_QTY = [["quantity"], ["qty"]]
WM_COST = [["unit", "cost"], ["cost"]]
WM_TOTAL = [["total"], ["value"]]
WM_DEST = [["destination"], ["to", "warehouse"], ["target", "warehouse"]]
WC_EXPECTED = [["expected"], ["system"]]
WC_COUNTED = [["counted"], ["actual"], ["physical"]]
WC_VAR = [["variance"], ["difference"], ["diff"], ["discrepancy"]]
# smart home
SH_TYPE = [["device", "type"], ["type"], ["category"]]
SH_BATT = [["battery"]]
# basketball / tennis
BB_FGM = [["field", "goals", "made"], ["field", "goal", "made"], ["fgm"]]
BB_FGA = [["field", "goals", "attempted"], ["field", "goal", "attempted"], ["fga"], ["attempted"]]
BB_3PM = [["three", "pointers", "made"], ["three", "made"], ["threes"], ["three"], ["tpm"]]
TN_WRANK = [["winner", "rank"], ["winner", "ranking"]]
TN_LRANK = [["loser", "rank"], ["loser", "ranking"]]
# car rentals
CR_PICK = [["pickup", "date"], ["pick", "up", "date"], ["start", "date"], ["pickup"]]
CR_RET = [["return", "date"], ["dropoff", "date"], ["drop", "off", "date"], ["end", "date"], ["return"]]
CR_RATE = [["daily", "rate"], ["daily"], ["rate"]]
CR_DAYS = [["days"], ["rental", "days"], ["duration"]]
CR_TOTAL = [["total"], ["cost"]]
CR_MOUT = [["mileage", "out"], ["odometer", "out"], ["start", "mileage"], ["mileage", "start"], ["starting", "mileage"]]
CR_MIN = [["mileage", "in"], ["odometer", "in"], ["end", "mileage"], ["mileage", "end"], ["return", "mileage"], ["ending", "mileage"]]
CF_MAKE = [["make"], ["brand"], ["manufacturer"]]
CF_MODEL = [["model"]]
# property rentals
AB_CITY = [["city"]]
AB_COUNTRY = [["country"]]
AB_PRICE = [["nightly", "price"], ["price"], ["nightly"], ["rate"]]
AB_CLEAN = [["cleaning"]]
AB_BEDS = [["bedrooms"], ["bedroom"]]
AB_GUESTS = [["guests"], ["guest"], ["accommodates"], ["capacity"], ["occupancy"]]
PL_CITY = [["city"]]
PL_STATE = [["state"]]
PL_RENT = [["rent"], ["monthly"]]
PL_DEP = [["deposit"]]
PL_START = [["start"], ["begin"], ["move", "in"], ["commencement"]]
PL_END = [["end"], ["move", "out"], ["expiry"], ["expiration"]]
# coffee
CO_QTY = [["quantity"], ["qty"]]
CO_UNIT = [["unit", "price"], ["price"]]
CO_TOTAL = [["total"]]
CO_TIP = [["tip"]]
RO_PRICE = [["price"]]
RO_SOLD = [["bags", "sold"], ["sold"], ["quantity"], ["qty"], ["units"]]
RO_REV = [["revenue"], ["sales"], ["total"]]
RO_ROASTED = [["roast", "date"], ["roasted"], ["roasted", "on"]]
RO_SELLBY = [["sell", "by"], ["best", "before"], ["expiry"], ["expiration"]]
# podcasts / movies
PE_WEEK = [["first", "week"], ["week"]]
PE_TOTAL = [["total"], ["lifetime"], ["all", "time"]]
# ride sharing / taxi
RS_PICK = [["pickup"], ["pickup", "ts"], ["start"]]
RS_DROP = [["dropoff"], ["drop", "off"], ["end"]]
RS_DIST = [["dist"], ["distance"], ["km"]]
RS_DUR = [["dur"], ["duration"], ["minutes"]]
RS_FARE = [["fare"]]
RS_TIP = [["tip"]]
TX_START = [["start"], ["pickup", "time"], ["start", "time"]]
TX_END = [["end"], ["dropoff", "time"], ["end", "time"]]
TX_FARE = [["fare"], ["metered"], ["meter"]]
TX_EXTRAS = [["extras"], ["extra"], ["surcharge"], ["surcharges"]]
TX_TOTAL = [["total"]]
# helpdesk
HD_STATUS = [["status"]]
HD_OPENED = [["opened"], ["created"], ["opened", "at"]]
HD_RESOLVED = [["resolved"], ["resolved", "at"], ["resolution", "date"], ["closed", "at"]]
HD_CSAT = [["satisfaction"], ["csat"], ["rating"]]
SC_FIRST = [["first", "response"], ["response"]]
SC_RESOL = [["resolution"], ["resolve"], ["resolved"]]
# elections
EL_PRECINCT = [["precinct"]]
EL_COUNTY = [["county"]]
EL_VOTES = [["votes", "received"], ["votes"], ["vote", "count"], ["vote"]]
EL_BALLOTS = [["ballots"], ["ballot"], ["total", "cast"], ["cast"]]
EL_TURNOUT = [["turnout"]]
VR_BIRTH = [["birth"], ["dob"], ["born"]]
VR_REG = [["registration"], ["registered"]]
# weather
WX_TEMP = [["temp"], ["temperature"], ["air", "temp"]]
WX_DEW = [["dewpoint"], ["dew"]]
WX_WIND = [["wind"], ["wind", "speed"]]
WX_GUST = [["gust"], ["gusts"]]
WD_MIN = [["min"], ["low"], ["tmin"], ["minimum"]]
WD_MAX = [["max"], ["high"], ["tmax"], ["maximum"]]
WD_STATION = [["station"]]
WD_STATE = [["state"]]
# meters
WB_PREV = [["previous"], ["prev"], ["prior"]]
WB_CURR = [["current"], ["present"]]
WB_USAGE = [["usage"], ["consumption"], ["used"]]
GM_ENERGY = [["energy"], ["unit", "charge"], ["usage", "charge"]]
GM_STANDING = [["standing"]]
GM_VAT = [["vat"], ["tax"]]
GM_TOTAL = [["total"], ["bill"]]
# library / flights
LB_OUT = [["checkout"], ["checked", "out"], ["loan", "date"], ["borrowed"]]
LB_DUE = [["due"]]
LB_RET = [["return"], ["returned"]]
FL_DEP = [["dep", "time"], ["departure", "time"], ["departure"], ["dep"]]
FL_ARR = [["arr", "time"], ["arrival", "time"], ["arrival"], ["arr"]]
FL_SEATS = [["seats"], ["capacity"]]
FL_PAX = [["pax"], ["passengers"], ["passenger"]]

CASES = [
 # ------------------------------------------------------------------ dental clinic
 {"id": "c_dental_appts",  # paragraph, "ids like", "sometime in", "one of", "roughly %"
  "description": "Each row is an appointment at a dental clinic. It has an appointment id like APT-00001, the "
                 "patient's full name, the dentist's name, and the procedure, which is one of cleaning, filling, "
                 "extraction, root canal, crown or whitening. The appointment date should be sometime in 2023. "
                 "There is the fee in USD and the amount covered by insurance, which never exceeds the fee. "
                 "Roughly 15% of appointments should be marked as no-shows.",
  "expect": [
   {"names": [["appointment", "id"], ["id"]], "kind": "regex", "values": [r"APT-\d{5}"]},
   {"names": [["patient"]], "kind": "person_part"},
   {"names": [["dentist"], ["doctor"], ["provider"]], "kind": "person_part"},
   {"names": [["procedure"], ["treatment"], ["service"]], "kind": "enum",
    "values": ["cleaning", "filling", "extraction", "root canal", "crown", "whitening"]},
   {"names": [["appointment", "date"], ["date"]], "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"},
   {"names": DA_FEE, "kind": "number", "min": 20, "max": 8000},
   {"names": DA_INS, "kind": "number", "min": 0, "max": 8000},
   {"names": [["no", "show"], ["noshow"], ["missed"]], "kind": "bool_share", "min": 0.06, "max": 0.27}],
  "relations": [
   {"a": DA_INS, "op": "<=", "b": DA_FEE}]},
 {"id": "c_dental_patients",  # name: type lines, "5% missing", e.g. enumeration
  "description": "Dental patient registry\n"
                 "patient_id: unique integer\n"
                 "first_name: string\n"
                 "last_name: string\n"
                 "date_of_birth: date, patients aged 3 to 90\n"
                 "last_visit: date sometime in 2024, after date of birth\n"
                 "cavities: integer 0-12\n"
                 "insurance_provider: e.g. Delta Dental, Cigna, MetLife, Aetna\n"
                 "email: 5% missing",
  "expect": [
   {"names": [["patient", "id"], ["id"]], "kind": "unique_of", "values": ["int"]},
   {"names": [["first"]], "kind": "person_part"},
   {"names": [["last", "name"], ["surname"], ["family", "name"]], "kind": "person_part"},
   {"names": DP_DOB, "kind": "date_in", "min": "1925-01-01", "max": "2023-12-31"},
   {"names": DP_VISIT, "kind": "date_in", "min": "2024-01-01", "max": "2024-12-31"},
   {"names": [["cavities"], ["cavity"]], "kind": "int", "min": 0, "max": 12},
   {"names": [["insurance"], ["insurer"], ["provider"]], "kind": "label"},
   {"names": [["email"]], "kind": "sparse", "min": 0.02, "max": 0.10, "values": ["email"]}],
  "relations": [
   {"a": DP_DOB, "op": "<", "b": DP_VISIT}]},

 # ------------------------------------------------------------------ grocery store inventory
 {"id": "c_grocery_inventory",  # comma list, plural nouns, parentheses, one of
  "description": "Grocery store inventory with product names, SKUs, aisle numbers, categories (produce, dairy, "
                 "bakery, meat, frozen or pantry), unit prices, quantities on hand, reorder levels, and max stock "
                 "levels (the reorder level is always below the max)",
  "expect": [
   {"names": [["product"], ["item"], ["name"]], "kind": "label"},
   {"names": [["sku"]], "kind": "idlike"},
   {"names": [["aisle"]], "kind": "category"},
   {"names": [["category"], ["department"]], "kind": "enum",
    "values": ["produce", "dairy", "bakery", "meat", "frozen", "pantry"]},
   {"names": [["unit", "price"], ["price"]], "kind": "number", "min": 0.05, "max": 150},
   {"names": [["on", "hand"], ["quantity"], ["qty"]], "kind": "int", "min": 0, "max": 20000},
   {"names": GI_REORDER, "kind": "int", "min": 0, "max": 10000},
   {"names": GI_MAX, "kind": "int", "min": 1, "max": 30000}],
  "relations": [
   {"a": GI_REORDER, "op": "<", "b": GI_MAX}]},
 {"id": "c_grocery_perishables",  # bulleted "- ", ids like, mostly, roughly %
  "description": "Perishable stock at a grocery store:\n"
                 "- item name (e.g. whole milk, sourdough bread, bananas, chicken breast)\n"
                 "- batch code like LOT-2024-0001\n"
                 "- received date\n"
                 "- expiry date, always after the received date\n"
                 "- quantity received\n"
                 "- quantity sold, never more than received\n"
                 "- price per unit in USD, mostly under $10\n"
                 "- roughly 10% of rows flagged for markdown",
  "expect": [
   {"names": [["item"], ["product"], ["name"]], "kind": "label"},
   {"names": [["batch"], ["lot"]], "kind": "regex", "values": [r"LOT-\d{4}-\d{4}"]},
   {"names": GE_RECV, "kind": "date"},
   {"names": GE_EXP, "kind": "date"},
   {"names": GE_QRECV, "kind": "int", "min": 1, "max": 100000},
   {"names": GE_SOLD, "kind": "int", "min": 0, "max": 100000},
   {"names": [["price"], ["unit", "price"], ["cost"]], "kind": "number", "min": 0.05, "max": 50},
   {"names": [["markdown"], ["flagged"], ["flag"]], "kind": "bool_share", "min": 0.04, "max": 0.2}],
  "relations": [
   {"a": GE_RECV, "op": "<", "b": GE_EXP},
   {"a": GE_SOLD, "op": "<=", "b": GE_QRECV}]},

 # ------------------------------------------------------------------ credit cards / loans
 {"id": "c_credit_cards",  # one column per line, parentheses, implies
  "description": "credit card accounts\n"
                 "card number\n"
                 "cardholder name\n"
                 "card type (Visa, Mastercard, Amex or Discover)\n"
                 "credit limit\n"
                 "current balance (never above the limit)\n"
                 "APR\n"
                 "opened date\n"
                 "status: active, frozen or closed\n"
                 "closed date (blank unless the account is closed)",
  "expect": [
   {"names": [["card", "number"], ["card", "no"], ["pan"]], "kind": "luhn"},
   {"names": [["cardholder"], ["holder"], ["name"]], "kind": "person_part"},
   {"names": [["card", "type"], ["type"], ["network"], ["brand"]], "kind": "enum",
    "values": ["Visa", "Mastercard", "Amex", "American Express", "Discover"]},
   {"names": CC_LIMIT, "kind": "number", "min": 200, "max": 100000},
   {"names": CC_BAL, "kind": "number", "min": 0, "max": 100000},
   {"names": [["apr"], ["interest"], ["rate"]], "kind": "number", "min": 0, "max": 40},
   {"names": CC_OPENED, "kind": "date"},
   {"names": CC_STATUS, "kind": "enum", "values": ["active", "frozen", "closed"]}],
  "relations": [
   {"a": CC_BAL, "op": "<=", "b": CC_LIMIT},
   {"a": CC_STATUS, "op": "implies", "in": ["closed"], "then": CC_CLOSED, "filled": True},
   {"a": CC_STATUS, "op": "implies", "in": ["active", "frozen"], "then": CC_CLOSED, "filled": False},
   {"a": CC_OPENED, "op": "<", "b": CC_CLOSED}]},
 {"id": "c_personal_loans",  # paragraph, between, one of, sometime in, about %
  "description": "I need a table of personal loans. Each row is one loan. It has a loan id such as LN-000123, the "
                 "borrower's name, the principal between $1,000 and $50,000, the annual interest rate as a "
                 "percentage (around 4 to 25), and the term in months, one of 12, 24, 36, 48 or 60. It also has "
                 "the monthly payment, the start date sometime in 2022 and the maturity date, which comes after "
                 "the start. About 8% of loans should be in default.",
  "expect": [
   {"names": [["loan", "id"], ["id"]], "kind": "regex", "values": [r"LN-\d{6}"]},
   {"names": [["borrower"], ["name"]], "kind": "person_part"},
   {"names": LN_PRINC, "kind": "number", "min": 1000, "max": 50000},
   {"names": [["interest"], ["rate"], ["apr"]], "kind": "number", "min": 1, "max": 30},
   {"names": [["term"]], "kind": "enum", "values": ["12", "24", "36", "48", "60"]},
   {"names": LN_PAY, "kind": "number", "min": 10, "max": 5000},
   {"names": LN_START, "kind": "date_in", "min": "2022-01-01", "max": "2022-12-31"},
   {"names": LN_MAT, "kind": "date"},
   {"names": [["default"], ["defaulted"], ["in", "default"]], "kind": "bool_share", "min": 0.03, "max": 0.15}],
  "relations": [
   {"a": LN_START, "op": "<", "b": LN_MAT},
   {"a": LN_PAY, "op": "<", "b": LN_PRINC},
   # an amortised monthly payment lies between principal/60 (a bit less) and about principal/12 * 1.15
   {"a": LN_PAY, "op": "between_ratio", "b": LN_PRINC, "min": 0.012, "max": 0.12}]},

 # ------------------------------------------------------------------ online courses / MOOC
 {"id": "c_mooc_enrollments",  # title + colon list, parentheses
  "description": "MOOC enrollments: learner id, learner email, course title, platform (Coursera, edX, Udemy or "
                 "FutureLearn), enrollment date, completion date (blank if not finished), progress percent, "
                 "final grade out of 100, certificate earned (yes/no)",
  "expect": [
   {"names": [["learner", "id"], ["student", "id"], ["user", "id"], ["id"]], "kind": "idlike"},
   {"names": [["email"]], "kind": "email"},
   {"names": [["course"], ["title"]], "kind": "label"},
   {"names": [["platform"], ["provider"]], "kind": "enum", "values": ["Coursera", "edX", "Udemy", "FutureLearn"]},
   {"names": ME_ENROLL, "kind": "date"},
   {"names": [["progress"]], "kind": "number", "min": 0, "max": 100},
   {"names": [["grade"], ["score"]], "kind": "number", "min": 0, "max": 100},
   {"names": ME_CERT, "kind": "bool"}],
  "relations": [
   {"a": ME_ENROLL, "op": "<", "b": ME_DONE},
   {"a": ME_CERT, "op": "implies", "in": YES, "then": ME_DONE, "filled": True}]},
 {"id": "c_mooc_courses",  # terse shorthand, up to $
  "description": "courses tbl: course_id, title, instructor, category, hrs, n_lessons, price usd (0 if free, up "
                 "to $200), rating 1-5, n_enrolled, launch_dt",
  "expect": [
   {"names": [["course", "id"], ["id"]], "kind": "unique"},
   {"names": [["title"], ["course", "name"], ["name"]], "kind": "label"},
   {"names": [["instructor"], ["teacher"]], "kind": "person_part"},
   {"names": [["category"], ["subject"], ["topic"]], "kind": "category"},
   {"names": MC_HRS, "kind": "number", "min": 0.25, "max": 300},
   {"names": MC_LESSONS, "kind": "int", "min": 1, "max": 500},
   {"names": [["price"]], "kind": "number", "min": 0, "max": 200},
   {"names": [["rating"]], "kind": "number", "min": 1, "max": 5},
   {"names": [["enrolled"], ["enrollments"], ["enrollment"], ["students"], ["learners"]], "kind": "int",
    "min": 0, "max": 10000000},
   {"names": [["launch"], ["launched"], ["published"], ["release"], ["created"]], "kind": "date"}],
  "relations": [
   # a lesson runs from a few minutes to a few hours
   {"a": MC_HRS, "op": "between_ratio", "b": MC_LESSONS, "min": 0.03, "max": 5}]},

 # ------------------------------------------------------------------ payroll / timesheets
 {"id": "c_payroll_run",  # name: type lines, total = qty x price, sum of parts
  "description": "payroll run\n"
                 "employee_id: string like EMP-1042\n"
                 "employee_name: full name\n"
                 "department: one of Engineering, Sales, Finance, HR, Operations\n"
                 "pay_period_start: date\n"
                 "pay_period_end: date, 13 days after start\n"
                 "hours_worked: decimal 0-80\n"
                 "hourly_rate: USD 15-120\n"
                 "gross_pay: hours_worked * hourly_rate\n"
                 "tax_withheld: 10-35% of gross\n"
                 "net_pay: gross minus tax",
  "expect": [
   {"names": [["employee", "id"], ["emp", "id"], ["id"]], "kind": "regex", "values": [r"EMP-\d{4}"]},
   {"names": [["employee", "name"], ["name"]], "kind": "person_part"},
   {"names": [["department"], ["dept"]], "kind": "enum", "values": ["Engineering", "Sales", "Finance", "HR", "Operations"]},
   {"names": PR_START, "kind": "date"},
   {"names": PR_END, "kind": "date"},
   {"names": PR_HOURS, "kind": "number", "min": 0, "max": 80},
   {"names": PR_RATE, "kind": "number", "min": 15, "max": 120},
   {"names": PR_GROSS, "kind": "number", "min": 0, "max": 9600},
   {"names": PR_TAX, "kind": "number", "min": 0, "max": 3400},
   {"names": PR_NET, "kind": "number", "min": 0, "max": 9600}],
  "relations": [
   {"a": PR_START, "op": "<", "b": PR_END},
   {"a": PR_GROSS, "op": "product", "b": [PR_HOURS, PR_RATE]},
   {"a": PR_GROSS, "op": "sum", "b": [PR_NET, PR_TAX]},
   {"a": PR_TAX, "op": "between_ratio", "b": PR_GROSS, "min": 0.095, "max": 0.355}]},
 {"id": "c_timesheets",  # bulleted "* ", ids like, e.g., sometime in, about % yes
  "description": "Timesheet entries for a consulting firm\n"
                 "* entry id\n"
                 "* consultant\n"
                 "* project code like PRJ-204\n"
                 "* client (e.g. Acme Corp, Globex, Initech)\n"
                 "* work date, sometime in 2023\n"
                 "* clock-in and clock-out timestamps\n"
                 "* hours worked\n"
                 "* billable (yes/no), about 70% yes",
  "expect": [
   {"names": [["entry", "id"], ["id"]], "kind": "unique"},
   {"names": [["consultant"], ["employee"], ["name"]], "kind": "person_part"},
   {"names": [["project"]], "kind": "regex", "values": [r"PRJ-\d{3,4}"]},
   {"names": [["client"], ["customer"]], "kind": "label"},
   {"names": [["work", "date"], ["date"]], "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"},
   {"names": TS_IN, "kind": "datetime"},
   {"names": TS_OUT, "kind": "datetime"},
   {"names": [["hours"]], "kind": "number", "min": 0, "max": 24},
   {"names": [["billable"], ["is", "billable"]], "kind": "bool_share", "min": 0.55, "max": 0.85}],
  "relations": [
   {"a": TS_IN, "op": "<", "b": TS_OUT}]},

 # ------------------------------------------------------------------ warehouse stock movements
 {"id": "c_wh_movements",  # comma list with "or", implies
  "description": "Warehouse stock movements with movement id, SKU, warehouse (Dallas, Reno or Atlanta), movement "
                 "type (inbound, outbound, transfer or adjustment), quantity, unit cost, total value, moved-at "
                 "timestamp, operator name, and a destination warehouse that is filled only for transfers",
  "expect": [
   {"names": [["movement", "id"], ["id"]], "kind": "unique"},
   {"names": [["sku"], ["product", "code"], ["item", "code"]], "kind": "idlike"},
   {"names": [["warehouse"], ["location"], ["site"]], "kind": "enum", "values": ["Dallas", "Reno", "Atlanta"]},
   {"names": WM_TYPE, "kind": "enum", "values": ["inbound", "outbound", "transfer", "adjustment"]},
   {"names": WM_QTY, "kind": "int", "min": -100000, "max": 100000},
   {"names": WM_COST, "kind": "number", "min": 0, "max": 10000},
   {"names": WM_TOTAL, "kind": "number"},
   {"names": [["moved"], ["timestamp"], ["moved", "at"]], "kind": "datetime"},
   {"names": [["operator"], ["handler"], ["employee"]], "kind": "person_part"}],
  "relations": [
   {"a": WM_TOTAL, "op": "product", "b": [WM_QTY, WM_COST]},
   {"a": WM_TYPE, "op": "implies", "in": ["transfer"], "then": WM_DEST, "filled": True},
   {"a": WM_TYPE, "op": "implies", "in": ["inbound", "outbound", "adjustment"], "then": WM_DEST, "filled": False}]},
 {"id": "c_wh_cycle_counts",  # paragraph, ids like, e.g., sometime in, roughly %
  "description": "Each row is a cycle count at a distribution warehouse. It has a count id like CC-00001, the bin "
                 "location (e.g. A-01-03), the product name, the expected quantity from the system, the counted "
                 "quantity, and the variance, which is counted minus expected. The count date should be sometime "
                 "in 2024. Roughly 10% of counts should be flagged for recount.",
  "expect": [
   {"names": [["count", "id"], ["id"]], "kind": "regex", "values": [r"CC-\d{5}"]},
   {"names": [["bin"], ["location"]], "kind": "idlike"},
   {"names": [["product"], ["item"]], "kind": "label"},
   {"names": WC_EXPECTED, "kind": "int", "min": 0, "max": 100000},
   {"names": WC_COUNTED, "kind": "int", "min": 0, "max": 100000},
   {"names": WC_VAR, "kind": "int", "min": -100000, "max": 100000},
   {"names": [["count", "date"], ["date"]], "kind": "date_in", "min": "2024-01-01", "max": "2024-12-31"},
   {"names": [["recount"], ["flagged"], ["flag"]], "kind": "bool_share", "min": 0.04, "max": 0.2}],
  "relations": [
   {"a": WC_COUNTED, "op": "sum", "b": [WC_EXPECTED, WC_VAR]}]},

 # ------------------------------------------------------------------ smart home devices
 {"id": "c_smarthome_devices",  # X names (device names), plural nouns, comma list with "or"
  "description": "Smart home device inventory with device names (like Living Room Lamp or Hallway Thermostat), "
                 "device types (bulb, plug, thermostat, camera, lock or speaker), brands, rooms, firmware "
                 "versions, online status, battery levels in percent (blank for plugs and bulbs, which are "
                 "mains-powered) and install dates",
  "expect": [
   {"names": [["device", "name"], ["name"]], "kind": "label"},
   {"names": SH_TYPE, "kind": "enum", "values": ["bulb", "plug", "thermostat", "camera", "lock", "speaker"]},
   {"names": [["brand"], ["manufacturer"], ["make"]], "kind": "label"},
   {"names": [["room"], ["location"]], "kind": "category"},
   {"names": [["firmware"], ["version"]], "kind": "regex", "values": [r"[vV]?\d+(\.\d+){1,3}"]},
   {"names": [["online"], ["status"], ["connected"]], "kind": "category_or_bool"},
   {"names": [["install"], ["installed"], ["installation"]], "kind": "date"}],
  "relations": [
   {"a": SH_TYPE, "op": "implies", "in": ["lock"], "then": SH_BATT, "filled": True},
   {"a": SH_TYPE, "op": "implies", "in": ["plug", "bulb"], "then": SH_BATT, "filled": False},
   {"a": SH_BATT, "op": "<=", "b": 100},
   {"a": SH_BATT, "op": ">=", "b": 0}]},
 {"id": "c_thermostat_log",  # terse shorthand, every 5 minutes, slash-listed values
  "description": "thermostat log: device_id, ts (every 5 min), indoor temp °C, target temp °C, humidity %, "
                 "hvac mode (heat/cool/off/auto), power W",
  "expect": [
   {"names": [["device", "id"], ["device"], ["id"]], "kind": "idlike"},
   {"names": [["ts"], ["timestamp"], ["time"]], "kind": "datetime"},
   {"names": [["indoor"], ["current", "temp"], ["room", "temp"], ["actual"]], "kind": "number", "min": 5, "max": 40},
   {"names": [["target"], ["setpoint"], ["set", "point"]], "kind": "number", "min": 10, "max": 35},
   {"names": [["humidity"], ["rh"]], "kind": "number", "min": 0, "max": 100},
   {"names": [["mode"], ["hvac"]], "kind": "enum", "values": ["heat", "cool", "off", "auto"]},
   {"names": [["power"], ["watts"], ["w"]], "kind": "number", "min": 0, "max": 10000}]},

 # ------------------------------------------------------------------ basketball / tennis stats
 {"id": "c_nba_game_logs",  # one column per line, "team names"
  "description": "NBA player game logs\n"
                 "player name\n"
                 "team name\n"
                 "opponent\n"
                 "game date\n"
                 "minutes played\n"
                 "field goals made\n"
                 "field goals attempted\n"
                 "three pointers made\n"
                 "points\n"
                 "rebounds\n"
                 "assists",
  "expect": [
   {"names": [["player"], ["name"]], "kind": "person_part"},
   {"names": [["team"]], "kind": "label"},
   {"names": [["opponent"], ["opp"]], "kind": "label"},
   {"names": [["game", "date"], ["date"]], "kind": "date"},
   {"names": [["minutes"], ["min"], ["mins"]], "kind": "number", "min": 0, "max": 60},
   {"names": BB_FGM, "kind": "int", "min": 0, "max": 30},
   {"names": BB_FGA, "kind": "int", "min": 0, "max": 50},
   {"names": BB_3PM, "kind": "int", "min": 0, "max": 15},
   {"names": [["points"], ["pts"], ["point"]], "kind": "int", "min": 0, "max": 85},
   {"names": [["rebounds"], ["rebound"], ["reb"]], "kind": "int", "min": 0, "max": 35},
   {"names": [["assists"], ["assist"], ["ast"]], "kind": "int", "min": 0, "max": 30}],
  "relations": [
   {"a": BB_FGM, "op": "<=", "b": BB_FGA},
   {"a": BB_3PM, "op": "<=", "b": BB_FGM}]},
 {"id": "c_tennis_matches",  # paragraph, e.g., one of, "such as" pattern, "usually"
  "description": "A table of professional tennis matches. Each row is one match. It has the tournament name (e.g. "
                 "Wimbledon, Roland Garros, US Open, Australian Open), the surface (one of grass, clay, hard), the "
                 "round, the winner and loser names, their world rankings, the score in sets such as 6-4 3-6 7-5, "
                 "the match duration in minutes, and the number of aces served by the winner. The winner's "
                 "ranking is usually better than the loser's, but not always.",
  "expect": [
   {"names": [["tournament"], ["event"]], "kind": "label"},
   {"names": [["surface"]], "kind": "enum", "values": ["grass", "clay", "hard"]},
   {"names": [["round"]], "kind": "category"},
   {"names": [["winner", "name"], ["winner"]], "kind": "person_part"},
   {"names": [["loser", "name"], ["loser"]], "kind": "person_part"},
   {"names": TN_WRANK, "kind": "int", "min": 1, "max": 2500},
   {"names": TN_LRANK, "kind": "int", "min": 1, "max": 2500},
   {"names": [["score"]], "kind": "regex",
    "values": [r"\d{1,2}-\d{1,2}(\(\d{1,2}\))?([ ,;]+\d{1,2}-\d{1,2}(\(\d{1,2}\))?){1,4}"]},
   {"names": [["duration"], ["minutes"], ["length"]], "kind": "number", "min": 30, "max": 420},
   {"names": [["aces"], ["ace"]], "kind": "int", "min": 0, "max": 60}],
  "relations": [
   # rank 1 is best: "usually better" -> a clear majority of rows
   {"a": TN_WRANK, "op": "<", "b": TN_LRANK, "share": 0.55}]},

 # ------------------------------------------------------------------ car rentals
 {"id": "c_car_rentals",  # title + colon list, ids like, must be 21 or older, total = days x rate
  "description": "Car rentals: rental id (like RNT-10001), customer name, driver age (must be 21 or older), car "
                 "class (economy, compact, SUV, luxury), pickup branch, pickup date, return date, daily rate in "
                 "USD, number of days, total cost (days x daily rate), mileage out, mileage in",
  "expect": [
   {"names": [["rental", "id"], ["id"]], "kind": "regex", "values": [r"RNT-\d{5}"]},
   {"names": [["customer"], ["renter"], ["name"]], "kind": "person_part"},
   {"names": [["age"]], "kind": "int", "min": 21, "max": 95},
   {"names": [["class"], ["car", "class"], ["category"], ["car", "type"]], "kind": "enum",
    "values": ["economy", "compact", "SUV", "luxury"]},
   {"names": [["branch"], ["location"]], "kind": "label"},
   {"names": CR_PICK, "kind": "date"},
   {"names": CR_RET, "kind": "date"},
   {"names": CR_RATE, "kind": "number", "min": 15, "max": 600},
   {"names": CR_DAYS, "kind": "int", "min": 1, "max": 90},
   {"names": CR_TOTAL, "kind": "number", "min": 15, "max": 54000},
   {"names": CR_MOUT, "kind": "int", "min": 0, "max": 300000},
   {"names": CR_MIN, "kind": "int", "min": 0, "max": 310000}],
  "relations": [
   {"a": CR_PICK, "op": "<", "b": CR_RET},
   {"a": CR_TOTAL, "op": "product", "b": [CR_DAYS, CR_RATE]},
   {"a": CR_MOUT, "op": "<=", "b": CR_MIN}]},
 {"id": "c_rental_fleet",  # name: type lines, colours like, about % true, a model determines its make
  "description": "rental fleet vehicles\n"
                 "vin: 17-character VIN\n"
                 "make: e.g. Toyota, Ford, Honda, Tesla\n"
                 "model: string\n"
                 "year: integer 2015-2025\n"
                 "color: colours like white, black, silver, red, blue\n"
                 "fuel: one of gasoline, diesel, hybrid, electric\n"
                 "odometer_km: integer\n"
                 "last_service: date sometime in 2024\n"
                 "available: boolean, about 75% true",
  "expect": [
   {"names": [["vin"]], "kind": "regex", "values": [r"[A-Z0-9]{17}"]},
   {"names": CF_MAKE, "kind": "category"},
   {"names": CF_MODEL, "kind": "label"},
   {"names": [["year"]], "kind": "int", "min": 2015, "max": 2025},
   {"names": [["color"], ["colour"]], "kind": "category"},
   {"names": [["fuel"]], "kind": "enum", "values": ["gasoline", "diesel", "hybrid", "electric"]},
   {"names": [["odometer"], ["mileage"], ["km"]], "kind": "int", "min": 0, "max": 400000},
   {"names": [["service"], ["serviced"]], "kind": "date_in", "min": "2024-01-01", "max": "2024-12-31"},
   {"names": [["available"], ["availability"]], "kind": "bool_share", "min": 0.6, "max": 0.9}],
  "relations": [
   {"a": CF_MODEL, "op": "maps", "b": CF_MAKE}]},

 # ------------------------------------------------------------------ property rentals / Airbnb
 {"id": "c_airbnb_listings",  # bulleted "- ", in EUR, mostly, roughly %, city in its country
  "description": "Airbnb-style listings dataset\n"
                 "- listing titles (e.g. \"Cozy loft near the old town\")\n"
                 "- host names\n"
                 "- city and country\n"
                 "- property type: apartment, house, cabin, villa or room\n"
                 "- bedrooms (1-6) and max guests\n"
                 "- nightly price in EUR, mostly 40-400\n"
                 "- cleaning fee in EUR, less than the nightly price\n"
                 "- review scores out of 5\n"
                 "- superhost flag, roughly 20% true",
  "expect": [
   {"names": [["title"], ["listing", "name"], ["name"]], "kind": "label"},
   {"names": [["host"]], "kind": "person_part"},
   {"names": AB_CITY, "kind": "label"},
   {"names": AB_COUNTRY, "kind": "label"},
   {"names": [["property", "type"], ["type"]], "kind": "enum", "values": ["apartment", "house", "cabin", "villa", "room"]},
   {"names": AB_BEDS, "kind": "int", "min": 1, "max": 6},
   {"names": AB_GUESTS, "kind": "int", "min": 1, "max": 20},
   {"names": AB_PRICE, "kind": "number", "min": 10, "max": 2500},
   {"names": AB_CLEAN, "kind": "number", "min": 0, "max": 500},
   {"names": [["review"], ["rating"], ["score"]], "kind": "number", "min": 0, "max": 5},
   {"names": [["superhost"], ["super", "host"]], "kind": "bool_share", "min": 0.1, "max": 0.32}],
  "relations": [
   {"a": AB_CITY, "op": "maps", "b": AB_COUNTRY},
   {"a": AB_CLEAN, "op": "<", "b": AB_PRICE},
   {"a": AB_BEDS, "op": "<=", "b": AB_GUESTS}]},
 {"id": "c_residential_leases",  # paragraph, e.g. id, US state next to city and zip, one of
  "description": "We manage long-term residential rentals. Each row is a lease. It has the lease number (e.g. "
                 "L-2023-0042), the tenant's full name and email, the property address, the city, the state, and "
                 "the zip code. The monthly rent is in USD, typically 900 to 4,500, and the security deposit is "
                 "usually one or two months' rent. The lease starts sometime in 2023 and ends 6 to 24 months "
                 "later. Status is one of active, ended or terminated.",
  "expect": [
   {"names": [["lease", "number"], ["lease", "id"], ["lease", "no"]], "kind": "regex", "values": [r"L-\d{4}-\d{4}"]},
   {"names": [["tenant"], ["name"]], "kind": "person_part"},
   {"names": [["email"]], "kind": "email"},
   {"names": [["address"], ["street"]], "kind": "text"},
   {"names": PL_CITY, "kind": "label"},
   {"names": PL_STATE, "kind": "regex", "values": [US_STATE_RE]},
   {"names": [["zip"], ["zipcode"], ["postal"]], "kind": "zip"},
   {"names": PL_RENT, "kind": "number", "min": 500, "max": 8000},
   {"names": PL_DEP, "kind": "number", "min": 0, "max": 16000},
   {"names": PL_START, "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"},
   {"names": PL_END, "kind": "date_in", "min": "2023-06-01", "max": "2026-01-31"},
   {"names": [["status"]], "kind": "enum", "values": ["active", "ended", "terminated"]}],
  "relations": [
   {"a": PL_START, "op": "<", "b": PL_END},
   {"a": PL_DEP, "op": "between_ratio", "b": PL_RENT, "min": 0.9, "max": 2.1, "share": 0.9},
   {"a": PL_CITY, "op": "maps", "b": PL_STATE}]},

 # ------------------------------------------------------------------ coffee shop orders
 {"id": "c_coffee_orders",  # comma list with "or", parentheses, few-dollar scale
  "description": "Coffee shop orders with order id, order time, barista, drink (latte, cappuccino, americano, "
                 "espresso, flat white or mocha), size (small, medium, large), quantity, unit price, total, tip "
                 "and payment method",
  "expect": [
   {"names": [["order", "id"], ["id"]], "kind": "unique"},
   {"names": [["order", "time"], ["time"], ["timestamp"], ["ordered", "at"]], "kind": "datetime"},
   {"names": [["barista"], ["staff"], ["employee"]], "kind": "person_part"},
   {"names": [["drink"], ["item"], ["beverage"], ["product"]], "kind": "enum",
    "values": ["latte", "cappuccino", "americano", "espresso", "flat white", "mocha"]},
   {"names": [["size"]], "kind": "enum", "values": ["small", "medium", "large"]},
   {"names": CO_QTY, "kind": "int", "min": 1, "max": 12},
   {"names": CO_UNIT, "kind": "number", "min": 1, "max": 10},
   {"names": CO_TOTAL, "kind": "number", "min": 1, "max": 120},
   {"names": CO_TIP, "kind": "number", "min": 0, "max": 25},
   {"names": [["payment"]], "kind": "category"}],
  "relations": [
   {"a": CO_TOTAL, "op": "product", "b": [CO_QTY, CO_UNIT]},
   {"a": CO_TIP, "op": "<=", "b": CO_TOTAL, "share": 0.95}]},
 {"id": "c_roastery_beans",  # title + colon, "blend names", e.g., one of, revenue = price x bags
  "description": "Roastery bean sales: blend names (e.g. House Espresso, Ethiopia Yirgacheffe, Colombia Supremo), "
                 "origin country, roast level (light, medium or dark), bag size in grams (250, 500 or 1000), price "
                 "per bag, bags sold, revenue, roast date and sell-by date",
  "expect": [
   {"names": [["blend"], ["coffee"], ["product"], ["name"]], "kind": "label"},
   {"names": [["origin"], ["country"]], "kind": "label"},
   {"names": [["roast", "level"], ["level"], ["roast", "type"]], "kind": "enum", "values": ["light", "medium", "dark"]},
   {"names": [["grams"], ["weight"], ["bag", "size"], ["size"]], "kind": "enum", "values": ["250", "500", "1000"]},
   {"names": RO_PRICE, "kind": "number", "min": 3, "max": 120},
   {"names": RO_SOLD, "kind": "int", "min": 0, "max": 20000},
   {"names": RO_REV, "kind": "number", "min": 0},
   {"names": RO_ROASTED, "kind": "date"},
   {"names": RO_SELLBY, "kind": "date"}],
  "relations": [
   {"a": RO_REV, "op": "product", "b": [RO_PRICE, RO_SOLD]},
   {"a": RO_ROASTED, "op": "<", "b": RO_SELLBY}]},

 # ------------------------------------------------------------------ podcasts / movies
 {"id": "c_podcast_episodes",  # one column per line, "show names", about % yes
  "description": "podcast episodes\n"
                 "show name\n"
                 "episode title\n"
                 "episode number\n"
                 "release date\n"
                 "duration (minutes)\n"
                 "total downloads\n"
                 "first-week downloads (never more than total)\n"
                 "average listen-through rate %\n"
                 "explicit? about 15% yes\n"
                 "guest name (blank for solo episodes)",
  "expect": [
   {"names": [["show"], ["podcast"]], "kind": "label"},
   {"names": [["episode", "title"], ["title"]], "kind": "label"},
   {"names": [["episode", "number"], ["episode", "no"], ["episode", "num"], ["number"]], "kind": "int", "min": 1, "max": 3000},
   {"names": [["release"], ["released"], ["published"], ["date"]], "kind": "date"},
   {"names": [["duration"], ["minutes"], ["length"]], "kind": "number", "min": 1, "max": 300},
   {"names": PE_TOTAL, "kind": "int", "min": 0, "max": 50000000},
   {"names": PE_WEEK, "kind": "int", "min": 0, "max": 50000000},
   {"names": [["listen"], ["through"], ["completion"]], "kind": "number", "min": 0, "max": 100},
   {"names": [["explicit"]], "kind": "bool_share", "min": 0.05, "max": 0.27}],
  "relations": [
   {"a": PE_WEEK, "op": "<=", "b": PE_TOTAL}]},
 {"id": "c_movie_catalog",  # name: type lines, one decimal, movie titles
  "description": "movies catalog\n"
                 "title: movie title\n"
                 "release_year: integer 1950-2024\n"
                 "genre: one of drama, comedy, action, horror, sci-fi, documentary\n"
                 "runtime_min: integer 70-200\n"
                 "director: person name\n"
                 "budget_usd: 100k to 300M\n"
                 "box_office_usd: worldwide gross\n"
                 "imdb_rating: 1-10, one decimal\n"
                 "mpaa_rating: G, PG, PG-13, R or NC-17",
  "expect": [
   {"names": [["title"], ["movie"], ["name"]], "kind": "label"},
   {"names": [["year"]], "kind": "int", "min": 1950, "max": 2024},
   {"names": [["genre"]], "kind": "enum", "values": ["drama", "comedy", "action", "horror", "sci-fi", "documentary"]},
   {"names": [["runtime"], ["duration"], ["length"]], "kind": "int", "min": 70, "max": 200},
   {"names": [["director"]], "kind": "person_part"},
   {"names": [["budget"]], "kind": "number", "min": 100000, "max": 300000000},
   {"names": [["box", "office"], ["gross"], ["revenue"]], "kind": "number", "min": 0, "max": 4000000000},
   {"names": [["imdb"], ["user", "rating"], ["score"]], "kind": "regex", "values": [r"10(\.0)?|[1-9](\.\d)?"]},
   {"names": [["mpaa"], ["certificate"], ["age", "rating"], ["content", "rating"]], "kind": "enum",
    "values": ["G", "PG", "PG-13", "R", "NC-17"]}]},

 # ------------------------------------------------------------------ ride sharing / taxi
 {"id": "c_rideshare_trips",  # terse shorthand, slash list, ranges
  "description": "rideshare trips: trip_id, driver, rider, pickup_ts, dropoff_ts, dist_km, dur_min, fare usd, "
                 "surge x1.0-3.0, tip, city (NYC/SF/Chicago)",
  "expect": [
   {"names": [["trip", "id"], ["id"]], "kind": "unique"},
   {"names": [["driver"]], "kind": "person_part"},
   {"names": [["rider"], ["passenger"]], "kind": "person_part"},
   {"names": RS_PICK, "kind": "datetime"},
   {"names": RS_DROP, "kind": "datetime"},
   {"names": RS_DIST, "kind": "number", "min": 0.1, "max": 150},
   {"names": RS_DUR, "kind": "number", "min": 1, "max": 300},
   {"names": RS_FARE, "kind": "number", "min": 2, "max": 600},
   {"names": [["surge"]], "kind": "number", "min": 1, "max": 3},
   {"names": RS_TIP, "kind": "number", "min": 0, "max": 150},
   {"names": [["city"]], "kind": "enum",
    "values": ["NYC", "SF", "Chicago", "New York", "New York City", "San Francisco"]}],
  "relations": [
   {"a": RS_PICK, "op": "<", "b": RS_DROP},
   {"a": RS_TIP, "op": "<=", "b": RS_FARE, "share": 0.95},
   # average speed between 3 and 120 km/h
   {"a": RS_DIST, "op": "between_ratio", "b": RS_DUR, "min": 0.05, "max": 2.0}]},
 {"id": "c_london_taxi",  # paragraph, in GBP, e.g., mostly X, total = fare + extras
  "description": "Each row is a metered black-cab ride in London. The columns are the cab's licence plate, the "
                 "driver's name, the pickup and dropoff areas (e.g. Soho, Camden, Heathrow), the start and end "
                 "times, the distance in miles, the metered fare in GBP, the extras (luggage, tolls) in GBP, and "
                 "the total, which is fare plus extras. Payment is mostly card, with some cash.",
  "expect": [
   {"names": [["plate"], ["licence"], ["license"], ["registration"]], "kind": "idlike"},
   {"names": [["driver"]], "kind": "person_part"},
   {"names": [["pickup", "area"], ["pickup", "location"], ["pickup", "zone"], ["origin"]], "kind": "label"},
   {"names": [["dropoff", "area"], ["dropoff", "location"], ["dropoff", "zone"], ["destination"]], "kind": "label"},
   {"names": TX_START, "kind": "datetime"},
   {"names": TX_END, "kind": "datetime"},
   {"names": [["distance"], ["miles"]], "kind": "number", "min": 0.1, "max": 60},
   {"names": TX_FARE, "kind": "number", "min": 3, "max": 300},
   {"names": TX_EXTRAS, "kind": "number", "min": 0, "max": 100},
   {"names": TX_TOTAL, "kind": "number", "min": 3, "max": 400},
   {"names": [["payment"]], "kind": "weighted", "values": ["card", "cash"], "min": 0.55, "max": 0.98}],
  "relations": [
   {"a": TX_START, "op": "<", "b": TX_END},
   {"a": TX_TOTAL, "op": "sum", "b": [TX_FARE, TX_EXTRAS]}]},

 # ------------------------------------------------------------------ support tickets / helpdesk
 {"id": "c_it_helpdesk",  # bulleted "- ", ids like, mostly, status implies blank/filled
  "description": "IT helpdesk tickets\n"
                 "- ticket id like INC-000123\n"
                 "- requester name and email\n"
                 "- category (hardware, software, network, access)\n"
                 "- priority: P1, P2, P3 or P4, mostly P3\n"
                 "- status: open, in progress, resolved, closed\n"
                 "- opened at / resolved at timestamps (resolved at is blank while the ticket is open or in progress)\n"
                 "- assigned agent\n"
                 "- satisfaction score 1-5, only for resolved or closed tickets",
  "expect": [
   {"names": [["ticket", "id"], ["ticket"], ["id"]], "kind": "regex", "values": [r"INC-\d{6}"]},
   {"names": [["requester", "name"], ["requester"]], "kind": "person_part"},
   {"names": [["email"]], "kind": "email"},
   {"names": [["category"], ["type"]], "kind": "enum", "values": ["hardware", "software", "network", "access"]},
   {"names": [["priority"]], "kind": "weighted", "values": ["P3", "P1", "P2", "P4"], "min": 0.35, "max": 0.9},
   {"names": HD_STATUS, "kind": "enum", "values": ["open", "in progress", "in_progress", "resolved", "closed"]},
   {"names": HD_OPENED, "kind": "datetime"},
   {"names": [["agent"], ["assignee"], ["assigned"]], "kind": "person_part"}],
  "relations": [
   {"a": HD_OPENED, "op": "<", "b": HD_RESOLVED},
   {"a": HD_STATUS, "op": "implies", "in": ["open", "in progress", "in_progress"], "then": HD_RESOLVED, "filled": False},
   {"a": HD_STATUS, "op": "implies", "in": ["resolved", "closed"], "then": HD_RESOLVED, "filled": True},
   {"a": HD_STATUS, "op": "implies", "in": ["open", "in progress", "in_progress"], "then": HD_CSAT, "filled": False},
   {"a": HD_CSAT, "op": ">=", "b": 1},
   {"a": HD_CSAT, "op": "<=", "b": 5}]},
 {"id": "c_saas_support",  # title + colon, plural nouns, "product names", roughly %
  "description": "Customer support conversations for a SaaS company: conversation ids, customer emails, product "
                 "names (like Invoicer Pro, TeamSync, DataVault), channels (chat, email or phone), first response "
                 "times in minutes, resolution times in hours, CSAT ratings from 1 to 5, and whether it was "
                 "escalated (roughly 10%)",
  "expect": [
   {"names": [["conversation", "id"], ["id"]], "kind": "unique"},
   {"names": [["email"]], "kind": "email"},
   {"names": [["product"]], "kind": "label"},
   {"names": [["channel"]], "kind": "enum", "values": ["chat", "email", "phone"]},
   {"names": SC_FIRST, "kind": "number", "min": 0, "max": 2880},
   {"names": SC_RESOL, "kind": "number", "min": 0, "max": 1000},
   {"names": [["csat"], ["rating"], ["satisfaction"]], "kind": "int", "min": 1, "max": 5},
   {"names": [["escalated"], ["escalation"]], "kind": "bool_share", "min": 0.04, "max": 0.2}],
  "relations": [
   # first response (min) comes no later than resolution (h): minutes / hours <= 60
   {"a": SC_FIRST, "op": "between_ratio", "b": SC_RESOL, "min": 0, "max": 60}]},

 # ------------------------------------------------------------------ elections / voting
 {"id": "c_precinct_results",  # title + colon, "precinct names", plural nouns, precinct in its county
  "description": "County election results: precinct names, county, candidate, party (Democratic, Republican, "
                 "Independent or Green), votes received, total ballots cast in the precinct, turnout percentage, "
                 "and whether the candidate won the precinct",
  "expect": [
   {"names": EL_PRECINCT, "kind": "label"},
   {"names": EL_COUNTY, "kind": "label"},
   {"names": [["candidate"]], "kind": "person_part"},
   {"names": [["party"]], "kind": "enum", "values": ["Democratic", "Republican", "Independent", "Green"]},
   {"names": EL_VOTES, "kind": "int", "min": 0, "max": 200000},
   {"names": EL_BALLOTS, "kind": "int", "min": 1, "max": 200000},
   {"names": EL_TURNOUT, "kind": "number", "min": 0, "max": 100},
   {"names": [["won"], ["winner"], ["win"]], "kind": "bool"}],
  "relations": [
   {"a": EL_VOTES, "op": "<=", "b": EL_BALLOTS},
   {"a": EL_PRECINCT, "op": "maps", "b": EL_COUNTY},
   {"a": EL_TURNOUT, "op": "<=", "b": 100}]},
 {"id": "c_voter_roll",  # name: type lines, must be 18 or older, about 30%, unique ids like
  "description": "voter roll\n"
                 "voter_id: unique, like VR-0000001\n"
                 "full_name: string\n"
                 "birth_date: date, voters must be 18 or older on 2024-11-05\n"
                 "registration_date: date, after the voter's birth date\n"
                 "party_affiliation: Democratic, Republican, Libertarian, Green or Unaffiliated (about 30% unaffiliated)\n"
                 "precinct: string\n"
                 "voted_2024: boolean, about 65% true\n"
                 "mail_ballot: boolean",
  "expect": [
   {"names": [["voter", "id"], ["id"]], "kind": "regex", "values": [r"VR-\d{7}"]},
   {"names": [["full", "name"], ["name"]], "kind": "person_part"},
   {"names": VR_BIRTH, "kind": "date_in", "min": "1900-01-01", "max": "2006-11-05"},
   {"names": VR_REG, "kind": "date_in", "max": "2024-11-05"},
   {"names": [["party"], ["affiliation"]], "kind": "weighted",
    "values": ["Unaffiliated", "Democratic", "Republican", "Libertarian", "Green"], "min": 0.2, "max": 0.4},
   {"names": [["precinct"]], "kind": "label"},
   {"names": [["voted"]], "kind": "bool_share", "min": 0.5, "max": 0.8},
   {"names": [["mail"], ["absentee"]], "kind": "bool"}],
  "relations": [
   {"a": VR_BIRTH, "op": "<", "b": VR_REG}]},

 # ------------------------------------------------------------------ weather station readings
 {"id": "c_wx_station_5min",  # terse shorthand, every 5 minutes, around ~1013
  "description": "wx station readings, every 5 min: station_id, ts, temp_c, dewpoint_c, rh %, wind_kmh, gust_kmh, "
                 "pressure_hpa (~1013), precip_mm",
  "expect": [
   {"names": [["station"]], "kind": "idlike"},
   {"names": [["ts"], ["timestamp"], ["time"]], "kind": "datetime"},
   {"names": WX_TEMP, "kind": "number", "min": -45, "max": 50},
   {"names": WX_DEW, "kind": "number", "min": -55, "max": 35},
   {"names": [["rh"], ["humidity"]], "kind": "number", "min": 0, "max": 100},
   {"names": WX_WIND, "kind": "number", "min": 0, "max": 200},
   {"names": WX_GUST, "kind": "number", "min": 0, "max": 260},
   {"names": [["pressure"]], "kind": "number", "min": 940, "max": 1065},
   {"names": [["precip"], ["precipitation"], ["rain"]], "kind": "number", "min": 0, "max": 60}],
  "relations": [
   {"a": WX_DEW, "op": "<=", "b": WX_TEMP},
   {"a": WX_WIND, "op": "<=", "b": WX_GUST}]},
 {"id": "c_wx_daily_summary",  # paragraph, "station names", sometime in, one of, station in its state
  "description": "Each row is a daily summary from a network of weather stations. It has the station name (e.g. "
                 "Boulder Mesa, Lake Tahoe North), the US state, the date sometime in 2022, the minimum and "
                 "maximum temperature in °F, total precipitation in inches, snowfall in inches, and the sky "
                 "condition, one of clear, partly cloudy, cloudy, rain or snow. Precipitation should be zero on "
                 "clear days.",
  "expect": [
   {"names": WD_STATION, "kind": "label"},
   {"names": WD_STATE, "kind": "regex", "values": [US_STATE_RE]},
   {"names": [["date"]], "kind": "date_in", "min": "2022-01-01", "max": "2022-12-31"},
   {"names": WD_MIN, "kind": "number", "min": -60, "max": 115},
   {"names": WD_MAX, "kind": "number", "min": -50, "max": 130},
   {"names": [["precip"], ["precipitation"]], "kind": "number", "min": 0, "max": 15},
   {"names": [["snow"], ["snowfall"]], "kind": "number", "min": 0, "max": 60},
   {"names": [["sky"], ["condition"], ["weather"]], "kind": "enum",
    "values": ["clear", "partly cloudy", "cloudy", "rain", "snow"]}],
  "relations": [
   {"a": WD_MIN, "op": "<=", "b": WD_MAX},
   {"a": WD_STATION, "op": "maps", "b": WD_STATE}]},

 # ------------------------------------------------------------------ water / gas meter billing
 {"id": "c_water_bills",  # bulleted "* ", ids like, around $, roughly % yes, household scale
  "description": "Monthly water bills for a city utility\n"
                 "* account number like WTR-004512\n"
                 "* customer name\n"
                 "* service address\n"
                 "* billing month (sometime in 2023)\n"
                 "* previous meter reading and current meter reading (in gallons)\n"
                 "* usage = current minus previous\n"
                 "* rate per 1,000 gallons, around $5\n"
                 "* amount due in USD (household bills mostly $30-$400)\n"
                 "* paid: roughly 90% yes",
  "expect": [
   {"names": [["account"]], "kind": "regex", "values": [r"WTR-\d{6}"]},
   {"names": [["customer"], ["name"]], "kind": "person_part"},
   {"names": [["address"]], "kind": "text"},
   {"names": [["billing", "month"], ["month"], ["billing", "period"], ["period"], ["bill", "date"]], "kind": "regex",
    "values": [r"2023-(0[1-9]|1[0-2])(-\d{2})?"]},
   {"names": WB_PREV, "kind": "number", "min": 0},
   {"names": WB_CURR, "kind": "number", "min": 0},
   {"names": WB_USAGE, "kind": "number", "min": 0, "max": 100000},
   {"names": [["rate"]], "kind": "number", "min": 2, "max": 15},
   {"names": [["amount", "due"], ["amount"], ["due"], ["total"]], "kind": "number", "min": 5, "max": 1200},
   {"names": [["paid"]], "kind": "bool_share", "min": 0.8, "max": 0.97}],
  "relations": [
   {"a": WB_PREV, "op": "<=", "b": WB_CURR},
   {"a": WB_CURR, "op": "sum", "b": [WB_PREV, WB_USAGE]}]},
 {"id": "c_gas_meter_bills",  # one column per line, mostly X, at most 3 decimals, sum of parts
  "description": "gas meter billing\n"
                 "meter id (MPRN)\n"
                 "reading date\n"
                 "reading type: actual or estimated, mostly actual\n"
                 "meter reading in m³, at most 3 decimals\n"
                 "energy charge in GBP\n"
                 "standing charge in GBP\n"
                 "VAT at 5% in GBP\n"
                 "total bill in GBP = energy + standing + VAT",
  "expect": [
   {"names": [["meter", "id"], ["mprn"], ["meter", "number"]], "kind": "idlike"},
   {"names": [["reading", "date"], ["date"]], "kind": "date"},
   {"names": [["reading", "type"], ["type"]], "kind": "weighted", "values": ["actual", "estimated"], "min": 0.55, "max": 0.98},
   {"names": [["meter", "reading"], ["reading", "m"], ["reading"]], "kind": "regex", "values": [r"\d+(\.\d{1,3})?"]},
   {"names": GM_ENERGY, "kind": "number", "min": 0, "max": 2000},
   {"names": GM_STANDING, "kind": "number", "min": 0, "max": 200},
   {"names": GM_VAT, "kind": "number", "min": 0, "max": 200},
   {"names": GM_TOTAL, "kind": "number", "min": 0, "max": 2500}],
  "relations": [
   {"a": GM_TOTAL, "op": "sum", "b": [GM_ENERGY, GM_STANDING, GM_VAT]},
   # 5% VAT on the net amount is 5/105 of the total
   {"a": GM_VAT, "op": "between_ratio", "b": GM_TOTAL, "min": 0.044, "max": 0.051}]},

 # ------------------------------------------------------------------ extra domains
 {"id": "c_library_loans",  # comma list, plural nouns ("book titles"), parentheses, blanks for open loans
  "description": "Public library loans with loan id, book titles, authors, ISBNs, member names, checkout date, due "
                 "date (21 days after checkout), return date (blank if not yet returned), and late fees in USD "
                 "(0 unless returned late)",
  "expect": [
   {"names": [["loan", "id"], ["id"]], "kind": "unique"},
   {"names": [["title"], ["book"]], "kind": "label"},
   {"names": [["author"]], "kind": "person_part"},
   {"names": [["isbn"]], "kind": "isbn"},
   {"names": [["member"], ["patron"], ["borrower"]], "kind": "person_part"},
   {"names": LB_OUT, "kind": "date"},
   {"names": LB_DUE, "kind": "date"},
   {"names": [["late"], ["fine"], ["fee"]], "kind": "number", "min": 0, "max": 100}],
  "relations": [
   {"a": LB_OUT, "op": "<", "b": LB_DUE},
   {"a": LB_OUT, "op": "<=", "b": LB_RET}]},
 {"id": "c_airline_flights",  # terse shorthand, e.g., slash list, mostly 0
  "description": "flights: flight_no (e.g. UA123), origin IATA, dest IATA, dep_time, arr_time, aircraft "
                 "(A320/B737/B787/A350), seats, pax, load factor %, delay_min (mostly 0)",
  "expect": [
   {"names": [["flight", "no"], ["flight", "number"], ["flight"]], "kind": "regex", "values": [r"[A-Z0-9]{2}\s?\d{1,4}"]},
   {"names": [["origin"], ["from"], ["departure", "airport"]], "kind": "code3"},
   {"names": [["dest"], ["destination"], ["arrival", "airport"]], "kind": "code3"},
   {"names": FL_DEP, "kind": "datetime"},
   {"names": FL_ARR, "kind": "datetime"},
   {"names": [["aircraft"], ["plane"], ["equipment"]], "kind": "enum", "values": ["A320", "B737", "B787", "A350"]},
   {"names": FL_SEATS, "kind": "int", "min": 50, "max": 600},
   {"names": FL_PAX, "kind": "int", "min": 0, "max": 600},
   {"names": [["load"]], "kind": "number", "min": 0, "max": 100},
   {"names": [["delay"]], "kind": "number", "min": -60, "max": 1440}],
  "relations": [
   {"a": FL_DEP, "op": "<", "b": FL_ARR},
   {"a": FL_PAX, "op": "<=", "b": FL_SEATS}]},
]
