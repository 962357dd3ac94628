"""Blind evaluation batch A for SynthGen's description -> dataset planner (score.py --cases format).

Written without looking at the planner, its tests, docs or other batches. 39 cases over the 17 listed domains
(healthcare, e-commerce, banking/finance, education, HR, logistics, IoT, sports, hotels/travel, real estate,
restaurants/food delivery, music streaming, automotive, insurance, city government, agriculture,
electricity/utilities) plus a veterinary clinic and a library. Phrasing varies on purpose: comma lists,
"Title: list", bulleted lists, one column per line, "name: type" lines, paragraphs, terse shorthand,
parentheses with details, plural nouns, and "X names" for things that are not people.

Conventions:
- names lists are shared constants, so a relation resolves to the column its concept matched;
- more specific concepts come before generic ones in "expect" (e.g. sale_price before price), because a
  concept claims the first matching column that passes its check;
- a column the description says is blank for most or an unknown share of rows (termination date, sold
  date, issue date of permits, ...) is not a concept (check() rejects > 20% blanks) but still appears in
  relations, which skip blank cells;
- enums list exactly the stated values, plus harmless spelling variants (in_transit, tire/tyre).
"""

# ---------------------------------------------------------------- shared name lists
# 1 hospital admissions
H_ADM_ID = [["admission", "id"], ["adm", "id"], ["id"]]
H_ADMIT = [["admission", "date"], ["admit", "date"], ["admitted"], ["admit"], ["admission"]]
H_DISCH = [["discharge", "date"], ["discharge"], ["discharged"]]
# 2 clinic visits
C_DOB = [["date", "of", "birth"], ["birth"], ["dob"], ["born"]]
C_VISIT = [["visit", "date"], ["visit"], ["date"]]
C_FEE = [["consultation", "fee"], ["fee"]]
C_COVERED = [["insurance", "covered"], ["covered"], ["insurance"]]
C_COPAY = [["copay"], ["co", "pay"], ["copayment"]]
# 3 shop orders
O_QTY = [["quantity"], ["qty"]]
O_UNIT = [["unit", "price"], ["price"]]
O_TOTAL = [["order", "total"], ["total"], ["amount"]]
# 4 product catalog
P_SUBCAT = [["subcategory"], ["sub", "category"], ["subcat"], ["subtype"]]
P_CAT = [["category"]]
P_SALE = [["sale", "price"], ["sale"], ["final", "price"], ["discounted", "price"]]
P_LIST = [["list", "price"], ["price"], ["msrp"]]
P_DISC = [["discount"]]
# 5 card transactions
K_CITY = [["city"]]
K_COUNTRY = [["country"]]
# 6 loans
L_REQ = [["requested", "amount"], ["requested"], ["loan", "amount"], ["request"]]
L_APPROVED = [["approved", "amount"], ["approved", "loan"]]
L_DECISION = [["decision"], ["status"], ["outcome"]]
L_APP_DATE = [["application", "date"], ["applied"], ["application"]]
L_DEC_DATE = [["decision", "date"], ["decided"]]
# 7 school exam results
S_SCORE = [["score"], ["mark"], ["points"]]
S_LETTER = [["letter", "grade"], ["letter"], ["grade"]]
# 8 university enrollments
U_CODE = [["course", "code"], ["code"]]
U_TITLE = [["course", "title"], ["course", "name"], ["title"]]
U_DEPT = [["department"], ["dept"]]
# 9 HR employees
E_DEPT = [["department"], ["dept"]]
E_TITLE = [["job", "title"], ["title"], ["position"], ["role"]]
E_HIRE = [["hire", "date"], ["hire"], ["hired"], ["start", "date"]]
E_TERM = [["termination", "date"], ["termination"], ["terminated"], ["leave", "date"], ["exit"]]
E_SALARY = [["salary"], ["base", "pay"]]
E_BONUS = [["bonus"]]
# 10 timesheets
T_IN = [["clock", "in"], ["clockin"], ["check", "in"], ["start"]]
T_OUT = [["clock", "out"], ["clockout"], ["check", "out"], ["end"]]
T_HOURS = [["hours", "worked"], ["hours"], ["worked"]]
# 11 shipments
SH_STATE = [["destination", "state"], ["state"]]
SH_DCITY = [["destination", "city"], ["destination"], ["dest"], ["to", "city"]]
SH_SHIP = [["ship", "date"], ["shipped"], ["ship"], ["shipping", "date"]]
SH_DELIV = [["delivery", "date"], ["delivered"], ["delivery"]]
SH_STATUS = [["status"]]
# 12 fleet trips
F_DEP = [["departure"], ["depart"], ["departed"], ["start", "time"]]
F_ARR = [["arrival"], ["arrive"], ["arrived"], ["end", "time"]]
F_DIST = [["distance"], ["km"]]
F_FUEL = [["fuel"], ["litres"], ["liters"]]
# 13 IoT environment sensors
I_SENSOR = [["sensor", "id"], ["sensor"], ["device"]]
I_ROOM = [["room"], ["location"]]
# 14 smart meter
M_VOLT = [["voltage"], ["volts"], ["volt"]]
M_CURR = [["current"], ["amps"], ["amp"], ["amperage"]]
M_POWER = [["power"], ["watts"], ["watt"]]
# 15 utility bills
B_RATE = [["rate"], ["price", "per"], ["per", "kwh"]]
B_KWH = [["kwh"], ["usage"], ["consumption"]]
B_ENERGY = [["energy", "charge"], ["energy"]]
B_FIXED = [["fixed", "fee"], ["fixed"], ["service", "charge"], ["fee"]]
B_TOTAL = [["total"], ["amount", "due"], ["bill", "amount"]]
B_BILLDATE = [["bill", "date"], ["billing", "date"], ["issue", "date"], ["issued"], ["statement", "date"]]
B_DUE = [["due", "date"], ["due"]]
# 16 football matches
FB_HG = [["home", "goals"], ["home", "score"]]
FB_AG = [["away", "goals"], ["away", "score"]]
FB_TOTAL = [["total", "goals"], ["total"]]
FB_HOME = [["home", "team"], ["home"]]
FB_STADIUM = [["stadium"], ["venue"], ["ground"]]
# 17 basketball players
BB_MADE = [["made"], ["fgm"]]
BB_ATT = [["attempted"], ["fga"], ["attempts"]]
# 18 hotel bookings
HB_CITY = [["city"]]
HB_HOTEL = [["hotel", "name"], ["hotel"]]
HB_IN = [["check", "in"], ["checkin"], ["arrival"]]
HB_OUT = [["check", "out"], ["checkout"], ["departure"]]
HB_RATE = [["nightly", "rate"], ["rate"], ["per", "night"]]
HB_NIGHTS = [["nights"], ["night"], ["length", "of", "stay"]]
HB_TOTAL = [["total", "price"], ["total"], ["amount"]]
# 19 flights
FL_DEP = [["dep", "time"], ["departure", "time"], ["dep"], ["departure"], ["departs"]]
FL_ARR = [["arr", "time"], ["arrival", "time"], ["arr"], ["arrival"], ["arrives"]]
FL_SOLD = [["seats", "sold"], ["sold"], ["booked"], ["passengers"]]
FL_SEATS = [["seats"], ["capacity"], ["seat"]]
# 20 real estate listings
R_PPSF = [["price", "per"], ["per", "sqft"], ["per", "square"], ["ppsf"]]
R_SQFT = [["square", "feet"], ["sqft"], ["sq", "ft"], ["square", "footage"], ["area"]]
R_PRICE = [["list", "price"], ["listing", "price"], ["price"]]
R_LISTED = [["listed", "date"], ["listed"], ["list", "date"], ["listing", "date"]]
R_SOLD = [["sold", "date"], ["sold"], ["sale", "date"]]
# 21 rental leases
RL_RENT = [["monthly", "rent"], ["rent"]]
RL_DEPOSIT = [["security", "deposit"], ["deposit"]]
RL_START = [["start", "date"], ["lease", "start"], ["start"]]
RL_END = [["end", "date"], ["lease", "end"], ["end"]]
# 22 food delivery
FD_RESTAURANT = [["restaurant", "name"], ["restaurant"]]
FD_CUISINE = [["cuisine"]]
FD_SUBTOTAL = [["subtotal"], ["sub", "total"]]
FD_FEE = [["delivery", "fee"], ["fee"]]
FD_TIP = [["tip"]]
FD_TOTAL = [["total"]]
FD_PLACED = [["placed"], ["order", "time"], ["ordered"], ["created"]]
FD_DELIVERED = [["delivered"], ["delivery", "time"]]
# 23 coffee shop POS
CF_QTY = [["qty"], ["quantity"]]
CF_UNIT = [["unit", "price"], ["price"]]
CF_TOTAL = [["line", "total"], ["total"], ["amount"]]
# 24 music play log
MS_SONG = [["song", "title"], ["song"], ["track", "title"], ["track", "name"], ["title"]]
MS_ARTIST = [["artist"]]
MS_LENGTH = [["track", "length"], ["length"], ["duration"]]
MS_PLAYED = [["seconds", "played"], ["played", "seconds"], ["played", "sec"], ["listened"], ["listen"]]
# 25 track catalog
TC_ALBUM = [["album"]]
TC_ARTIST = [["artist"]]
TC_YEAR = [["release", "year"], ["year"], ["released"]]
# 26 used cars
CAR_YEAR = [["model", "year"], ["year"]]
CAR_MODEL = [["model"]]
CAR_MAKE = [["make"], ["brand"], ["manufacturer"]]
CAR_PRICE = [["asking", "price"], ["asking"], ["price"]]
CAR_COST = [["dealer", "cost"], ["cost"]]
# 27 car service
CS_PARTS = [["parts"]]
CS_LABOUR = [["labour"], ["labor"]]
CS_TOTAL = [["total"]]
CS_DROP = [["drop", "off"], ["dropoff"], ["drop"]]
CS_PICK = [["pick", "up"], ["pickup"], ["pick"], ["collected"], ["collection"]]
# 28 insurance claims
IC_INCIDENT = [["incident", "date"], ["incident"], ["loss", "date"]]
IC_FILED = [["filed", "date"], ["filed"], ["filing"], ["claim", "date"], ["submitted"]]
IC_CLAIMED = [["claimed", "amount"], ["claimed"], ["claim", "amount"]]
IC_PAYOUT = [["payout"], ["approved", "amount"], ["paid", "amount"], ["settlement"]]
# 29 car insurance policies
CI_MODEL = [["model"]]
CI_MAKE = [["make"], ["brand"], ["manufacturer"]]
CI_START = [["start", "date"], ["start"], ["effective"]]
CI_END = [["end", "date"], ["end"], ["expiry"], ["expiration"], ["expires"]]
# 30 building permits
BP_COST = [["estimated", "cost"], ["project", "cost"], ["cost"], ["valuation"]]
BP_FEE = [["permit", "fee"], ["fee"]]
BP_SUBMITTED = [["submitted"], ["date", "submitted"], ["application", "date"], ["applied"]]
BP_ISSUED = [["issued", "date"], ["issue", "date"], ["date", "issued"], ["issued", "on"], ["issued", "at"]]
BP_STATUS = [["status"]]
# 31 311 requests
SR_CREATED = [["created"], ["opened"], ["reported"]]
SR_CLOSED = [["closed"], ["resolved"]]
SR_STATUS = [["status"]]
# 32 farm fields
AG_YPH = [["yield", "per"], ["per", "ha"], ["yield", "ha"], ["yield", "t", "ha"]]
AG_AREA = [["area"], ["hectares"], ["ha"]]
AG_TOTAL = [["total", "yield"], ["total"]]
AG_VARIETY = [["variety"], ["cultivar"]]
AG_CROP = [["crop"]]
AG_PLANT = [["planting"], ["planted"], ["sowing"], ["sown"]]
AG_HARVEST = [["harvest"], ["harvested"]]
# 33 dairy herd
DH_BIRTH = [["birth"], ["dob"], ["born"]]
DH_VET = [["vet"], ["check"]]
# 34 vet clinic
VC_BREED = [["breed"]]
VC_SPECIES = [["species"], ["animal"]]
# 35 library loans
LB_BORROWED = [["borrowed"], ["loan", "date"], ["checkout"], ["checked", "out"], ["borrow"]]
LB_DUE = [["due"]]
LB_RETURNED = [["returned"], ["return", "date"], ["return"]]
# 36 returns
RT_PAID = [["amount", "paid"], ["paid"], ["payment"], ["price"]]
RT_REFUND = [["refund", "amount"], ["refunded", "amount"], ["refund", "value"]]
RT_REQUESTED = [["requested"], ["request", "date"], ["return", "date"]]
RT_REFUND_DATE = [["refund", "date"], ["refunded", "at"], ["refunded", "on"], ["refund", "at"]]
RT_STATUS = [["refund", "status"], ["status"]]
# 37 brokerage trades
TR_SHARES = [["shares"], ["quantity"], ["qty"]]
TR_PRICE = [["price", "per"], ["price"], ["share", "price"]]
TR_GROSS = [["gross"], ["value"], ["notional"]]
TR_TIME = [["trade", "time"], ["executed"], ["timestamp"], ["trade", "date"], ["time"]]
TR_SETTLE = [["settlement"], ["settle"], ["settles"]]
# 38 payroll
PY_BASE = [["base"]]
PY_OT = [["overtime"]]
PY_BONUS = [["bonus"]]
PY_GROSS = [["gross"]]
PY_TAX = [["tax"], ["withheld"]]
PY_DED = [["deduction"], ["deductions"]]
PY_NET = [["net"]]

TS = [["ts"], ["timestamp"], ["time"], ["datetime"]]

CASES = [
 # ------------------------------------------------------------------ healthcare
 {"id": "a_hosp_admissions",
  "description": "Each row is a hospital admission. It has a unique admission id like ADM-00001, the patient's first "
                 "and last name, their age (between 18 and 95), the ward they were admitted to (e.g. cardiology, "
                 "oncology, orthopedics, neurology), the admission date and the discharge date, which must be after "
                 "the admission. The primary diagnosis should be a real medical condition. Roughly 10% of admissions "
                 "should be flagged as readmissions.",
  "expect": [
   {"names": H_ADM_ID, "kind": "regex", "values": [r"ADM-\d{4,6}"]},
   {"names": [["first", "name"], ["first"], ["given"]], "kind": "person_part"},
   {"names": [["last", "name"], ["last"], ["surname"], ["family"]], "kind": "person_part"},
   {"names": [["age"]], "kind": "int", "min": 18, "max": 95},
   {"names": [["ward"], ["department"], ["unit"]], "kind": "category"},
   {"names": H_ADMIT, "kind": "date"},
   {"names": H_DISCH, "kind": "date"},
   {"names": [["diagnosis"], ["condition"]], "kind": "label"},
   {"names": [["readmission"], ["readmitted"], ["readmit"], ["flag"], ["flagged"]], "kind": "bool_share", "min": 0.04, "max": 0.2}],
  "relations": [
   {"a": H_ADMIT, "op": "<", "b": H_DISCH}]},

 {"id": "a_clinic_visits",
  "description": "Outpatient clinic visits\n"
                 "visit_id: unique integer\n"
                 "doctor: the doctor's full name\n"
                 "patient_name: full name\n"
                 "date_of_birth: date, patients are between 5 and 90 years old\n"
                 "visit_date: date sometime in 2023\n"
                 "specialty: one of Cardiology, Dermatology, Pediatrics, General Practice\n"
                 "consultation_fee: USD between 50 and 400\n"
                 "insurance_covered: USD, never more than the consultation fee\n"
                 "copay: consultation_fee minus insurance_covered",
  "expect": [
   {"names": [["visit", "id"], ["id"]], "kind": "unique"},
   {"names": [["doctor"], ["physician"], ["provider"]], "kind": "person_part"},
   {"names": [["patient", "name"], ["patient"], ["name"]], "kind": "person_part"},
   {"names": C_DOB, "kind": "date_in", "min": "1930-01-01", "max": "2021-12-31"},
   {"names": C_VISIT, "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"},
   {"names": [["specialty"], ["speciality"]], "kind": "enum",
    "values": ["Cardiology", "Dermatology", "Pediatrics", "General Practice", "General_Practice"]},
   {"names": C_FEE, "kind": "number", "min": 50, "max": 400},
   {"names": C_COVERED, "kind": "number", "min": 0, "max": 400},
   {"names": C_COPAY, "kind": "number", "min": 0, "max": 400}],
  "relations": [
   {"a": C_COVERED, "op": "<=", "b": C_FEE},
   {"a": C_FEE, "op": "sum", "b": [C_COVERED, C_COPAY]},
   {"a": C_DOB, "op": "<", "b": C_VISIT}]},

 # ------------------------------------------------------------------ e-commerce / retail
 {"id": "a_shop_orders",
  "description": "Online store orders with order ids like ORD-0001, customer email, product names, quantity (1 to 5), "
                 "unit price in EUR, order total = quantity x unit price, order date sometime in 2022, and order "
                 "status (pending, shipped, delivered or cancelled)",
  "expect": [
   {"names": [["order", "id"], ["order", "number"], ["order", "no"], ["id"]], "kind": "regex", "values": [r"ORD-\d{4,}"]},
   {"names": [["email"], ["mail"]], "kind": "email"},
   {"names": [["product", "name"], ["product"], ["item"]], "kind": "label"},
   {"names": O_QTY, "kind": "int", "min": 1, "max": 5},
   {"names": O_UNIT, "kind": "number", "min": 0.01, "max": 10000},
   {"names": O_TOTAL, "kind": "number", "min": 0.01, "max": 50000},
   {"names": [["order", "date"], ["ordered"], ["date"]], "kind": "date_in", "min": "2022-01-01", "max": "2022-12-31"},
   {"names": [["status"]], "kind": "enum", "values": ["pending", "shipped", "delivered", "cancelled", "canceled"]}],
  "relations": [
   {"a": O_TOTAL, "op": "product", "b": [O_QTY, O_UNIT]}]},

 {"id": "a_gear_catalog",
  "description": "Product catalog for an outdoor gear shop:\n"
                 "- SKU (unique, e.g. TNT-1042)\n"
                 "- product name\n"
                 "- category: one of Camping, Hiking, Climbing, Water Sports\n"
                 "- subcategory within the category (e.g. Tents, Sleeping Bags, Backpacks, Harnesses, Kayaks)\n"
                 "- list price in USD, up to $800\n"
                 "- discount in USD, never more than the list price\n"
                 "- sale price (list price minus discount)\n"
                 "- stock level 0-500\n"
                 "- rating 1-5 stars with at most 1 decimal",
  "expect": [
   {"names": [["sku"], ["id"]], "kind": "unique_of", "values": ["idlike"]},
   {"names": [["product", "name"], ["product"], ["name"], ["item"]], "kind": "label"},
   {"names": P_SUBCAT, "kind": "category"},
   {"names": P_CAT, "kind": "enum", "values": ["Camping", "Hiking", "Climbing", "Water Sports", "Water_Sports"]},
   {"names": P_SALE, "kind": "number", "min": 0, "max": 800},
   {"names": P_LIST, "kind": "number", "min": 0.5, "max": 800},
   {"names": P_DISC, "kind": "number", "min": 0, "max": 800},
   {"names": [["stock"], ["inventory"], ["quantity"], ["qty"]], "kind": "int", "min": 0, "max": 500},
   {"names": [["rating"], ["stars"]], "kind": "regex", "values": [r"[1-4](\.\d)?|5(\.0)?"]}],
  "relations": [
   {"a": P_SUBCAT, "op": "maps", "b": P_CAT},
   {"a": P_DISC, "op": "<=", "b": P_LIST},
   {"a": P_LIST, "op": "sum", "b": [P_SALE, P_DISC]}]},

 {"id": "a_returns",
  "description": "Customer returns: return id like RMA-00001, original order id, product name, reason (damaged, "
                 "wrong size, not as described, changed mind), amount paid, refund amount (never more than the amount "
                 "paid), return requested date and refund date (after the request; blank while the refund is pending "
                 "or if it was rejected), refund status (pending, refunded, rejected)",
  "expect": [
   {"names": [["return", "id"], ["rma"], ["return", "number"]], "kind": "regex", "values": [r"RMA-\d{5}"]},
   {"names": [["order", "id"], ["order", "number"], ["order"]], "kind": "idlike"},
   {"names": [["product", "name"], ["product"], ["item"]], "kind": "label"},
   {"names": [["reason"]], "kind": "enum",
    "values": ["damaged", "wrong size", "not as described", "changed mind", "wrong_size", "not_as_described", "changed_mind"]},
   {"names": RT_PAID, "kind": "number", "min": 0.5, "max": 10000},
   {"names": RT_REFUND, "kind": "number", "min": 0, "max": 10000},
   {"names": RT_REQUESTED, "kind": "date"},
   {"names": RT_STATUS, "kind": "enum", "values": ["pending", "refunded", "rejected"]}],
  "relations": [
   {"a": RT_REFUND, "op": "<=", "b": RT_PAID},
   {"a": RT_REQUESTED, "op": "<=", "b": RT_REFUND_DATE},
   {"a": RT_STATUS, "op": "implies", "in": ["pending", "rejected"], "then": RT_REFUND_DATE, "filled": False},
   {"a": RT_STATUS, "op": "implies", "in": ["refunded"], "then": RT_REFUND_DATE, "filled": True}]},

 # ------------------------------------------------------------------ banking / finance
 {"id": "a_card_txns",
  "description": "card txns: txn id, card no (valid Luhn), ts, amt EUR 1-2000, merchant, merchant city + country, fraud flag ~2%",
  "expect": [
   {"names": [["txn", "id"], ["transaction", "id"], ["id"]], "kind": "unique"},
   {"names": [["card", "number"], ["card", "no"], ["card", "num"], ["card"], ["pan"]], "kind": "luhn"},
   {"names": TS, "kind": "datetime"},
   {"names": [["amt"], ["amount"]], "kind": "number", "min": 1, "max": 2000},
   {"names": K_CITY, "kind": "label"},
   {"names": K_COUNTRY, "kind": "label"},
   {"names": [["merchant", "name"], ["merchant"]], "kind": "label"},
   {"names": [["fraud"], ["flag"]], "kind": "bool_share", "min": 0.005, "max": 0.06}],
  "relations": [
   {"a": K_CITY, "op": "maps", "b": K_COUNTRY}]},

 {"id": "a_loan_apps",
  "description": "Each row is a personal loan application. Applicants must be 21 or older. It records the applicant's "
                 "full name and age, annual income in USD (20k to 250k), the requested loan amount (up to $50,000), "
                 "the approved amount, which is never more than the requested amount and is empty when the "
                 "application is rejected, the interest rate in percent (3 to 25), the term in months (12, 24, 36, 48 "
                 "or 60), the decision (approved or rejected), and the application date and decision date, which "
                 "comes 1 to 30 days after the application.",
  "expect": [
   {"names": [["applicant", "name"], ["applicant"], ["name"]], "kind": "person_part"},
   {"names": [["age"]], "kind": "int", "min": 21, "max": 100},
   {"names": [["income"], ["salary"]], "kind": "number", "min": 20000, "max": 250000},
   {"names": L_REQ, "kind": "number", "min": 100, "max": 50000},
   {"names": [["interest", "rate"], ["interest"], ["rate"], ["apr"]], "kind": "number", "min": 3, "max": 25},
   {"names": [["term"], ["months"]], "kind": "enum", "values": ["12", "24", "36", "48", "60"]},
   {"names": L_DECISION, "kind": "enum", "values": ["approved", "rejected"]},
   {"names": L_APP_DATE, "kind": "date"},
   {"names": L_DEC_DATE, "kind": "date"}],
  "relations": [
   {"a": L_APPROVED, "op": "<=", "b": L_REQ},
   {"a": L_DECISION, "op": "implies", "in": ["rejected"], "then": L_APPROVED, "filled": False},
   {"a": L_DECISION, "op": "implies", "in": ["approved"], "then": L_APPROVED, "filled": True},
   {"a": L_APP_DATE, "op": "<", "b": L_DEC_DATE}]},

 {"id": "a_trades",
  "description": "Brokerage trades: trade id, ticker (e.g. AAPL, MSFT, TSLA, AMZN, NVDA), side (buy or sell), shares "
                 "(1-500), price per share in USD, gross value = shares x price, commission (at most $10), trade "
                 "timestamp during market hours sometime in 2022, settlement date two business days after the trade",
  "expect": [
   {"names": [["trade", "id"], ["id"]], "kind": "unique"},
   {"names": [["ticker"], ["symbol"]], "kind": "category"},
   {"names": [["side"], ["direction"]], "kind": "enum", "values": ["buy", "sell"]},
   {"names": TR_SHARES, "kind": "int", "min": 1, "max": 500},
   {"names": TR_PRICE, "kind": "number", "min": 1, "max": 5000},
   {"names": TR_GROSS, "kind": "number", "min": 1, "max": 2500000},
   {"names": [["commission"], ["fee"]], "kind": "number", "min": 0, "max": 10},
   {"names": TR_TIME, "kind": "date_in", "min": "2022-01-01", "max": "2022-12-31"},
   {"names": TR_SETTLE, "kind": "date"}],
  "relations": [
   {"a": TR_GROSS, "op": "product", "b": [TR_SHARES, TR_PRICE]},
   {"a": TR_TIME, "op": "<", "b": TR_SETTLE}]},

 # ------------------------------------------------------------------ school / education
 {"id": "a_exam_results",
  "description": "Student exam results: student id, student name, age (pupils 5-18), grade level (1-12), subject "
                 "(Math, English, Science, History), whole-number exam score 0-100, letter grade following the score "
                 "(A >= 90, B >= 80, C >= 70, D >= 60, else F), and exam date sometime in 2023",
  "expect": [
   {"names": [["student", "id"], ["id"]], "kind": "idlike"},
   {"names": [["student", "name"], ["name"], ["student"]], "kind": "person_part"},
   {"names": [["age"]], "kind": "int", "min": 5, "max": 19},
   {"names": [["grade", "level"], ["level"], ["class"], ["year"]], "kind": "int", "min": 1, "max": 12},
   {"names": [["subject"]], "kind": "enum", "values": ["Math", "English", "Science", "History"]},
   {"names": S_SCORE, "kind": "int", "min": 0, "max": 100},
   {"names": S_LETTER, "kind": "enum", "values": ["A", "B", "C", "D", "F"]},
   {"names": [["exam", "date"], ["date"]], "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"}],
  "relations": [
   {"a": S_SCORE, "op": "maps", "b": S_LETTER}]},

 {"id": "a_univ_enrollments",
  "description": "University course enrollments\n"
                 "student_number\n"
                 "course_code (e.g. CS101, MATH201)\n"
                 "course_title\n"
                 "department\n"
                 "credits (1-6)\n"
                 "semester (Fall 2023, Spring 2024, Fall 2024)\n"
                 "enrollment_date\n"
                 "final_grade_points (0.0 to 4.0, 5% missing for courses still in progress)",
  "expect": [
   {"names": [["student", "number"], ["student", "id"], ["student"]], "kind": "idlike"},
   {"names": U_CODE, "kind": "regex", "values": [r"[A-Z]{2,5}[ -]?\d{3}"]},
   {"names": U_TITLE, "kind": "label"},
   {"names": U_DEPT, "kind": "category"},
   {"names": [["credits"], ["credit"]], "kind": "int", "min": 1, "max": 6},
   {"names": [["semester"], ["term"]], "kind": "enum", "values": ["Fall 2023", "Spring 2024", "Fall 2024"]},
   {"names": [["enrollment", "date"], ["enrolled"], ["date"]], "kind": "date"},
   {"names": [["grade", "points"], ["gpa"], ["grade"], ["points"]], "kind": "sparse", "min": 0.01, "max": 0.12, "values": ["number"]}],
  "relations": [
   {"a": U_CODE, "op": "maps", "b": U_TITLE},
   {"a": U_CODE, "op": "maps", "b": U_DEPT}]},

 {"id": "a_library_loans",
  "description": "Library loans: loan id, book titles, author, ISBN-13, member id, borrowed on date (sometime in 2023), "
                 "due date (21 days after borrowing), returned on date (empty if not yet returned), late fee in USD "
                 "(0 if returned on time, at most $20)",
  "expect": [
   {"names": [["member", "id"], ["member"], ["patron"], ["borrower"]], "kind": "idlike"},
   {"names": [["book", "title"], ["title"], ["book"]], "kind": "label"},
   {"names": [["author"]], "kind": "person_part"},
   {"names": [["isbn"]], "kind": "isbn"},
   {"names": [["loan", "id"], ["id"]], "kind": "unique"},
   {"names": LB_BORROWED, "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"},
   {"names": LB_DUE, "kind": "date"},
   {"names": [["late", "fee"], ["fee"], ["fine"]], "kind": "number", "min": 0, "max": 20}],
  "relations": [
   {"a": LB_BORROWED, "op": "<", "b": LB_DUE},
   {"a": LB_BORROWED, "op": "<=", "b": LB_RETURNED}]},

 # ------------------------------------------------------------------ HR / employees
 {"id": "a_hr_employees",
  "description": "employee_id: string like EMP-1001, unique\n"
                 "first_name: string\n"
                 "last_name: string\n"
                 "age: integer between 18 and 65\n"
                 "email: work email built from the name, at acme.com\n"
                 "department: one of Engineering, Sales, Marketing, Finance, HR\n"
                 "job_title: string that fits the department\n"
                 "hire_date: date between 2010 and 2024\n"
                 "termination_date: date after hire_date, empty for current staff (about 85% are current)\n"
                 "salary: integer USD 35000-220000\n"
                 "bonus: integer USD, at most 20% of salary",
  "expect": [
   {"names": [["employee", "id"], ["emp", "id"], ["id"]], "kind": "regex", "values": [r"EMP-\d{4,}"]},
   {"names": [["first", "name"], ["first"]], "kind": "person_part"},
   {"names": [["last", "name"], ["last"], ["surname"]], "kind": "person_part"},
   {"names": [["age"]], "kind": "int", "min": 18, "max": 65},
   {"names": [["email"], ["mail"]], "kind": "regex", "values": [r"[^@\s]+@acme\.com"]},
   {"names": E_DEPT, "kind": "enum", "values": ["Engineering", "Sales", "Marketing", "Finance", "HR"]},
   {"names": E_TITLE, "kind": "label"},
   {"names": E_HIRE, "kind": "date_in", "min": "2010-01-01", "max": "2024-12-31"},
   {"names": E_SALARY, "kind": "int", "min": 35000, "max": 220000},
   {"names": E_BONUS, "kind": "int", "min": 0, "max": 44000}],
  "relations": [
   {"a": E_BONUS, "op": "between_ratio", "b": E_SALARY, "min": 0, "max": 0.201},
   {"a": E_HIRE, "op": "<", "b": E_TERM},
   {"a": E_TITLE, "op": "maps", "b": E_DEPT}]},

 {"id": "a_timesheets",
  "description": "Timesheets (one row per employee per working day): employee name, date (weekdays only, in March 2024), "
                 "clock-in timestamp (between 07:00 and 10:00), clock-out timestamp (after clock-in, between 15:00 and "
                 "19:00), break minutes (0-60), hours worked (clock-out minus clock-in minus the break), overtime flag "
                 "(about 20% yes)",
  "expect": [
   {"names": [["employee", "name"], ["employee"], ["name"]], "kind": "person_part"},
   {"names": [["work", "date"], ["date"], ["day"]], "kind": "date_in", "min": "2024-03-01", "max": "2024-03-31"},
   {"names": T_IN, "kind": "datetime"},
   {"names": T_OUT, "kind": "datetime"},
   {"names": [["break"]], "kind": "int", "min": 0, "max": 60},
   {"names": T_HOURS, "kind": "number", "min": 0, "max": 13},
   {"names": [["overtime"]], "kind": "bool_share", "min": 0.1, "max": 0.32}],
  "relations": [
   {"a": T_IN, "op": "<", "b": T_OUT},
   {"a": T_HOURS, "op": ">", "b": 0}]},

 {"id": "a_payroll",
  "description": "Monthly payroll for March 2024 with employee ids, employee names, departments, pay dates (end of March "
                 "2024), base pay, overtime pay, bonus, gross pay (base + overtime + bonus), income tax withheld "
                 "(roughly 15-35% of gross), other deductions, and net pay (gross minus tax minus deductions), all in EUR",
  "expect": [
   {"names": [["employee", "id"], ["emp", "id"], ["id"]], "kind": "idlike"},
   {"names": [["employee", "name"], ["name"], ["employee"]], "kind": "person_part"},
   {"names": [["department"], ["dept"]], "kind": "category"},
   {"names": [["pay", "date"], ["date"]], "kind": "date_in", "min": "2024-03-01", "max": "2024-03-31"},
   {"names": PY_BASE, "kind": "number", "min": 500, "max": 25000},
   {"names": PY_OT, "kind": "number", "min": 0, "max": 6000},
   {"names": PY_BONUS, "kind": "number", "min": 0, "max": 15000},
   {"names": PY_GROSS, "kind": "number", "min": 500, "max": 45000},
   {"names": PY_TAX, "kind": "number", "min": 0, "max": 16000},
   {"names": PY_DED, "kind": "number", "min": 0, "max": 5000},
   {"names": PY_NET, "kind": "number", "min": 200, "max": 40000}],
  "relations": [
   {"a": PY_GROSS, "op": "sum", "b": [PY_BASE, PY_OT, PY_BONUS]},
   {"a": PY_GROSS, "op": "sum", "b": [PY_NET, PY_TAX, PY_DED]},
   {"a": PY_TAX, "op": "between_ratio", "b": PY_GROSS, "min": 0.12, "max": 0.38}]},

 # ------------------------------------------------------------------ logistics / shipping
 {"id": "a_parcels",
  "description": "Parcel shipments\n"
                 "* tracking number (unique)\n"
                 "* origin city and destination city (US cities)\n"
                 "* destination state (the US state the destination city is in)\n"
                 "* weight in kg (0.1 to 30)\n"
                 "* shipping cost in USD (5 to 150)\n"
                 "* carrier (UPS, FedEx, USPS, DHL)\n"
                 "* ship date and delivery date (delivery 1-10 days after shipping; blank unless delivered)\n"
                 "* status: delivered, in transit or lost (about 90% delivered, 1% lost)",
  "expect": [
   {"names": [["tracking", "number"], ["tracking"]], "kind": "unique"},
   {"names": [["origin", "city"], ["origin"], ["from", "city"]], "kind": "label"},
   {"names": SH_STATE, "kind": "label"},
   {"names": SH_DCITY, "kind": "label"},
   {"names": [["weight"], ["kg"]], "kind": "number", "min": 0.1, "max": 30},
   {"names": [["shipping", "cost"], ["cost"], ["price"], ["fee"]], "kind": "number", "min": 5, "max": 150},
   {"names": [["carrier"]], "kind": "enum", "values": ["UPS", "FedEx", "USPS", "DHL"]},
   {"names": SH_SHIP, "kind": "date"},
   {"names": SH_DELIV, "kind": "date"},
   {"names": SH_STATUS, "kind": "weighted", "values": ["delivered", "in transit", "lost", "in_transit", "in-transit"],
    "min": 0.8, "max": 0.97}],
  "relations": [
   {"a": SH_SHIP, "op": "<", "b": SH_DELIV},
   {"a": SH_STATUS, "op": "implies", "in": ["delivered"], "then": SH_DELIV, "filled": True},
   {"a": SH_STATUS, "op": "implies", "in": ["in transit", "in_transit", "in-transit", "lost"], "then": SH_DELIV, "filled": False},
   {"a": SH_DCITY, "op": "maps", "b": SH_STATE}]},

 {"id": "a_fleet_trips",
  "description": "Our trucking company logs every trip. Each trip has a trip id, the truck's license plate, the driver's "
                 "name, the departure and arrival timestamps (arrival always after departure), the distance driven in "
                 "kilometres (50 to 1,200), and the fuel used in litres (roughly 25 to 40 litres per 100 km). The cargo "
                 "type is something such as electronics, food, furniture or chemicals. About 5% of trips should be "
                 "marked as delayed.",
  "expect": [
   {"names": [["trip", "id"], ["id"]], "kind": "unique"},
   {"names": [["license", "plate"], ["plate"], ["license"], ["licence"], ["registration"]], "kind": "idlike"},
   {"names": [["driver", "name"], ["driver"], ["name"]], "kind": "person_part"},
   {"names": F_DEP, "kind": "datetime"},
   {"names": F_ARR, "kind": "datetime"},
   {"names": F_DIST, "kind": "number", "min": 50, "max": 1200},
   {"names": F_FUEL, "kind": "number", "min": 10, "max": 500},
   {"names": [["cargo"], ["load"], ["goods"]], "kind": "category"},
   {"names": [["delayed"], ["delay"], ["late"]], "kind": "bool_share", "min": 0.01, "max": 0.12}],
  "relations": [
   {"a": F_DEP, "op": "<", "b": F_ARR},
   {"a": F_FUEL, "op": "between_ratio", "b": F_DIST, "min": 0.2, "max": 0.45}]},

 # ------------------------------------------------------------------ IoT sensors
 {"id": "a_iot_env",
  "description": "ts every 5 min, sensor_id (S01-S12), room (fixed per sensor), temp_c, humidity %, co2 ppm (400-2000), batt % (5% missing)",
  "expect": [
   {"names": TS, "kind": "datetime"},
   {"names": I_SENSOR, "kind": "regex", "values": [r"S(0[1-9]|1[0-2])"]},
   {"names": I_ROOM, "kind": "category"},
   {"names": [["temp"], ["temperature"]], "kind": "number", "min": 5, "max": 40},
   {"names": [["humidity"], ["rh"]], "kind": "number", "min": 0, "max": 100},
   {"names": [["co"], ["ppm"], ["carbon"]], "kind": "number", "min": 400, "max": 2000},
   {"names": [["batt"], ["battery"]], "kind": "sparse", "min": 0.01, "max": 0.12, "values": ["number"]}],
  "relations": [
   {"a": I_SENSOR, "op": "maps", "b": I_ROOM}]},

 {"id": "a_gps_trackers",
  "description": "gps pings: device id (TRK-001 .. TRK-050), timestamp every 30 s, lat/lon within Berlin, speed km/h 0-120, "
                 "battery voltage around 3.7 V with at most 3 decimals, engine on (mostly true)",
  "expect": [
   {"names": [["device", "id"], ["device"], ["tracker"]], "kind": "regex", "values": [r"TRK-0([0-4]\d|50)"]},
   {"names": TS, "kind": "datetime"},
   {"names": [["lat"], ["latitude"]], "kind": "number", "min": 52.3, "max": 52.7},
   {"names": [["lon"], ["lng"], ["longitude"], ["long"]], "kind": "number", "min": 13.0, "max": 13.8},
   {"names": [["speed"], ["kmh"]], "kind": "number", "min": 0, "max": 120},
   {"names": [["battery"], ["voltage"], ["volt"]], "kind": "regex", "values": [r"[34](\.\d{1,3})?"]},
   {"names": [["engine"], ["ignition"]], "kind": "bool_share", "min": 0.5, "max": 0.99}]},

 # ------------------------------------------------------------------ electricity / utilities
 {"id": "a_smart_meter",
  "description": "meter_id: text like MTR-000123\n"
                 "reading_time: datetime, every 15 minutes during June 2024\n"
                 "voltage: around 120 V\n"
                 "current_a: amps, 0-100\n"
                 "power_w: watts, voltage times current\n"
                 "tariff: one of peak, off-peak, shoulder",
  "expect": [
   {"names": [["meter", "id"], ["meter"]], "kind": "regex", "values": [r"MTR-\d{6}"]},
   {"names": [["reading", "time"], ["reading"], ["timestamp"], ["time"], ["ts"]], "kind": "date_in",
    "min": "2024-06-01", "max": "2024-06-30"},
   {"names": M_VOLT, "kind": "number", "min": 108, "max": 132},
   {"names": M_CURR, "kind": "number", "min": 0, "max": 100},
   {"names": M_POWER, "kind": "number", "min": 0, "max": 13200},
   {"names": [["tariff"], ["rate"]], "kind": "enum", "values": ["peak", "off-peak", "shoulder", "off_peak", "offpeak"]}],
  "relations": [
   {"a": M_POWER, "op": "product", "b": [M_VOLT, M_CURR]}]},

 {"id": "a_utility_bills",
  "description": "Monthly household electricity bills: account number, customer name, service address with city, state and "
                 "zip code (US), bill date (in 2023), kWh used (100 to 1,500), rate per kWh in USD (0.10-0.35), energy "
                 "charge (kWh x rate), fixed fee ($10-$20), total bill (energy charge + fixed fee, typically $30-$400), "
                 "due date 21 days after the bill date, paid (about 90% yes)",
  "expect": [
   {"names": [["account", "number"], ["account", "no"], ["account"]], "kind": "idlike"},
   {"names": [["customer", "name"], ["customer"], ["name"]], "kind": "person_part"},
   {"names": [["address"], ["street"]], "kind": "text"},
   {"names": [["city"]], "kind": "label"},
   {"names": [["state"]], "kind": "label"},
   {"names": [["zip"], ["zipcode"], ["postal"], ["postcode"]], "kind": "zip"},
   {"names": B_BILLDATE, "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"},
   {"names": B_RATE, "kind": "number", "min": 0.10, "max": 0.35},
   {"names": B_KWH, "kind": "number", "min": 100, "max": 1500},
   {"names": B_ENERGY, "kind": "number", "min": 10, "max": 525},
   {"names": B_FIXED, "kind": "number", "min": 10, "max": 20},
   {"names": B_TOTAL, "kind": "number", "min": 20, "max": 550},
   {"names": B_DUE, "kind": "date"},
   {"names": [["paid"], ["is", "paid"]], "kind": "bool_share", "min": 0.8, "max": 0.97}],
  "relations": [
   {"a": B_ENERGY, "op": "product", "b": [B_KWH, B_RATE]},
   {"a": B_TOTAL, "op": "sum", "b": [B_ENERGY, B_FIXED]},
   {"a": B_BILLDATE, "op": "<", "b": B_DUE}]},

 # ------------------------------------------------------------------ football / sports
 {"id": "a_football_results",
  "description": "Football league match results with home and away team names, stadium names (the home team's ground), "
                 "match date (2023-24 season, August 2023 to May 2024), home goals and away goals (0-7), total goals, "
                 "result (home win, draw or away win) consistent with the goals, and attendance (5,000 to 75,000)",
  "expect": [
   {"names": FB_HG, "kind": "int", "min": 0, "max": 7},
   {"names": FB_AG, "kind": "int", "min": 0, "max": 7},
   {"names": FB_TOTAL, "kind": "int", "min": 0, "max": 14},
   {"names": FB_HOME, "kind": "label"},
   {"names": [["away", "team"], ["away"]], "kind": "label"},
   {"names": FB_STADIUM, "kind": "label"},
   {"names": [["match", "date"], ["date"]], "kind": "date_in", "min": "2023-08-01", "max": "2024-05-31"},
   {"names": [["result"], ["outcome"]], "kind": "enum", "values": ["home win", "draw", "away win", "home_win", "away_win"]},
   {"names": [["attendance"], ["spectators"], ["crowd"]], "kind": "int", "min": 5000, "max": 75000}],
  "relations": [
   {"a": FB_HOME, "op": "maps", "b": FB_STADIUM},
   {"a": FB_TOTAL, "op": "sum", "b": [FB_HG, FB_AG]}]},

 {"id": "a_bball_players",
  "description": "Basketball player season stats:\n"
                 "- player name\n"
                 "- team\n"
                 "- position (one of PG, SG, SF, PF, C)\n"
                 "- games played (1-82)\n"
                 "- minutes per game (5-40)\n"
                 "- points per game\n"
                 "- field goals made and field goals attempted over the season (made never exceeds attempted)\n"
                 "- field goal percentage",
  "expect": [
   {"names": [["team"]], "kind": "label"},
   {"names": [["player", "name"], ["player"], ["name"]], "kind": "person_part"},
   {"names": [["position"], ["pos"]], "kind": "enum", "values": ["PG", "SG", "SF", "PF", "C"]},
   {"names": [["games"], ["gp"]], "kind": "int", "min": 1, "max": 82},
   {"names": [["minutes"], ["mpg"], ["min"]], "kind": "number", "min": 5, "max": 40},
   {"names": [["points"], ["ppg"], ["pts"]], "kind": "number", "min": 0, "max": 40},
   {"names": BB_MADE, "kind": "number", "min": 0, "max": 1500},
   {"names": BB_ATT, "kind": "number", "min": 0, "max": 2800},
   {"names": [["percentage"], ["pct"], ["percent"]], "kind": "number", "min": 0, "max": 100}],
  "relations": [
   {"a": BB_MADE, "op": "<=", "b": BB_ATT}]},

 # ------------------------------------------------------------------ hotels / travel
 {"id": "a_hotel_bookings",
  "description": "Each row is a hotel reservation. It has a booking reference like BK-2024-00001, the guest's full name "
                 "and email, the hotel name and the city it is in (hotels in Paris, Rome, Barcelona, Lisbon and Vienna), "
                 "the room type (single, double, suite) and the guest's loyalty tier (one of bronze, silver, gold). "
                 "Check-in and check-out dates are in 2024, with check-out 1 to 14 nights after check-in. It also has "
                 "the number of nights, the nightly rate in EUR (60-600) and the total price, which is nights times the "
                 "nightly rate. About 15% of bookings carry a cancelled flag.",
  "expect": [
   {"names": [["booking", "reference"], ["booking", "ref"], ["reference"], ["booking", "id"], ["ref"]],
    "kind": "regex", "values": [r"BK-2024-\d{5}"]},
   {"names": HB_CITY, "kind": "enum", "values": ["Paris", "Rome", "Barcelona", "Lisbon", "Vienna"]},
   {"names": HB_HOTEL, "kind": "label"},
   {"names": [["guest", "name"], ["guest"], ["name"]], "kind": "person_part"},
   {"names": [["email"], ["mail"]], "kind": "email"},
   {"names": [["room", "type"], ["room"]], "kind": "enum", "values": ["single", "double", "suite"]},
   {"names": [["loyalty", "tier"], ["loyalty"], ["tier"]], "kind": "enum", "values": ["bronze", "silver", "gold"]},
   {"names": HB_IN, "kind": "date_in", "min": "2024-01-01", "max": "2024-12-31"},
   {"names": HB_OUT, "kind": "date_in", "min": "2024-01-02", "max": "2025-01-14"},
   {"names": HB_RATE, "kind": "number", "min": 60, "max": 600},
   {"names": HB_NIGHTS, "kind": "int", "min": 1, "max": 14},
   {"names": HB_TOTAL, "kind": "number", "min": 60, "max": 8400},
   {"names": [["cancelled"], ["canceled"], ["cancellation"], ["is", "cancelled"]], "kind": "bool_share", "min": 0.07, "max": 0.25}],
  "relations": [
   {"a": HB_HOTEL, "op": "maps", "b": HB_CITY},
   {"a": HB_IN, "op": "<", "b": HB_OUT},
   {"a": HB_TOTAL, "op": "product", "b": [HB_NIGHTS, HB_RATE]}]},

 {"id": "a_flights",
  "description": "flights: flight no (e.g. BA123), origin IATA, dest IATA, dep time, arr time, duration min, seats 100-300, "
                 "seats sold <= seats, load factor %",
  "expect": [
   {"names": [["flight", "no"], ["flight", "number"], ["flight"]], "kind": "regex", "values": [r"[A-Z0-9]{2}\s?\d{1,4}"]},
   {"names": [["origin"], ["from"], ["departure", "airport"], ["dep", "airport"]], "kind": "code3"},
   {"names": [["dest"], ["destination"], ["to"], ["arrival", "airport"], ["arr", "airport"]], "kind": "code3"},
   {"names": FL_DEP, "kind": "datetime"},
   {"names": FL_ARR, "kind": "datetime"},
   {"names": [["duration"], ["minutes"], ["min"]], "kind": "int", "min": 20, "max": 1200},
   {"names": FL_SOLD, "kind": "int", "min": 0, "max": 300},
   {"names": FL_SEATS, "kind": "int", "min": 100, "max": 300},
   {"names": [["load", "factor"], ["load"], ["factor"]], "kind": "number", "min": 0, "max": 100}],
  "relations": [
   {"a": FL_DEP, "op": "<", "b": FL_ARR},
   {"a": FL_SOLD, "op": "<=", "b": FL_SEATS}]},

 # ------------------------------------------------------------------ real estate
 {"id": "a_home_listings",
  "description": "Real estate listings with listing id, street address, city, state, zip, property type (house, condo, "
                 "townhouse), bedrooms (1-6), bathrooms (1-4, halves allowed like 2.5), square feet (500-6000), list "
                 "price (USD 80k-3M), price per square foot (list price / square feet), year built (1900-2024), listed "
                 "date and sold date (sold after listed; blank if not yet sold, about 40% are still on the market)",
  "expect": [
   {"names": [["listing", "id"], ["id"]], "kind": "unique"},
   {"names": [["address"], ["street"]], "kind": "text"},
   {"names": [["city"]], "kind": "label"},
   {"names": [["state"]], "kind": "label"},
   {"names": [["zip"], ["zipcode"], ["postal"]], "kind": "zip"},
   {"names": [["property", "type"], ["type"]], "kind": "enum", "values": ["house", "condo", "townhouse"]},
   {"names": [["bedrooms"], ["bedroom"], ["beds"], ["bed"]], "kind": "int", "min": 1, "max": 6},
   {"names": [["bathrooms"], ["bathroom"], ["baths"], ["bath"]], "kind": "number", "min": 1, "max": 4},
   {"names": R_PPSF, "kind": "number", "min": 10, "max": 3000},
   {"names": R_SQFT, "kind": "int", "min": 500, "max": 6000},
   {"names": R_PRICE, "kind": "number", "min": 80000, "max": 3000000},
   {"names": [["year", "built"], ["built"], ["year"]], "kind": "int", "min": 1900, "max": 2024},
   {"names": R_LISTED, "kind": "date"}],
  "relations": [
   {"a": R_PRICE, "op": "product", "b": [R_PPSF, R_SQFT], "tol": 0.02},
   {"a": R_LISTED, "op": "<", "b": R_SOLD}]},

 {"id": "a_rental_leases",
  "description": "Apartment rental leases. Each lease has a tenant name and a unit number. The monthly rent is in EUR, "
                 "between 500 and 3,000, and the security deposit is two or three months' rent. The lease starts "
                 "sometime in 2022 and ends 6 to 24 months later. It also says whether pets are allowed (about 30% yes).",
  "expect": [
   {"names": [["tenant", "name"], ["tenant"], ["name"]], "kind": "person_part"},
   {"names": [["unit", "number"], ["unit"], ["apartment"], ["apt"]], "kind": "idlike"},
   {"names": RL_RENT, "kind": "number", "min": 500, "max": 3000},
   {"names": RL_DEPOSIT, "kind": "number", "min": 1000, "max": 9000},
   {"names": RL_START, "kind": "date_in", "min": "2022-01-01", "max": "2022-12-31"},
   {"names": RL_END, "kind": "date_in", "min": "2022-07-01", "max": "2024-12-31"},
   {"names": [["pets", "allowed"], ["pets"], ["pet"]], "kind": "bool_share", "min": 0.18, "max": 0.42}],
  "relations": [
   {"a": RL_DEPOSIT, "op": "between_ratio", "b": RL_RENT, "min": 1.99, "max": 3.01},
   {"a": RL_START, "op": "<", "b": RL_END}]},

 # ------------------------------------------------------------------ restaurants / food delivery
 {"id": "a_food_delivery",
  "description": "Food delivery orders\n"
                 "- order id (unique)\n"
                 "- restaurant names (pizza, sushi, burger and Thai places)\n"
                 "- cuisine (matches the restaurant)\n"
                 "- dish ordered\n"
                 "- subtotal in USD ($8-$80)\n"
                 "- delivery fee ($0-$8)\n"
                 "- tip (up to 25% of the subtotal)\n"
                 "- total = subtotal + delivery fee + tip\n"
                 "- placed at / delivered at timestamps (delivered 15-75 minutes after placed)\n"
                 "- customer rating 1-5 (5% missing)",
  "expect": [
   {"names": [["order", "id"], ["id"]], "kind": "unique"},
   {"names": FD_RESTAURANT, "kind": "label"},
   {"names": FD_CUISINE, "kind": "category"},
   {"names": [["dish"], ["item"], ["meal"]], "kind": "label"},
   {"names": FD_SUBTOTAL, "kind": "number", "min": 8, "max": 80},
   {"names": FD_FEE, "kind": "number", "min": 0, "max": 8},
   {"names": FD_TIP, "kind": "number", "min": 0, "max": 20},
   {"names": FD_TOTAL, "kind": "number", "min": 8, "max": 110},
   {"names": FD_PLACED, "kind": "datetime"},
   {"names": FD_DELIVERED, "kind": "datetime"},
   {"names": [["rating"]], "kind": "sparse", "min": 0.01, "max": 0.12, "values": ["number"]}],
  "relations": [
   {"a": FD_TOTAL, "op": "sum", "b": [FD_SUBTOTAL, FD_FEE, FD_TIP]},
   {"a": FD_TIP, "op": "between_ratio", "b": FD_SUBTOTAL, "min": 0, "max": 0.251},
   {"a": FD_PLACED, "op": "<", "b": FD_DELIVERED},
   {"a": FD_RESTAURANT, "op": "maps", "b": FD_CUISINE}]},

 {"id": "a_coffee_pos",
  "description": "coffee shop POS: receipt #, ts, barista first name, drink (latte, cappuccino, espresso, flat white, mocha, tea), "
                 "size S/M/L, qty 1-3, unit price $2.50-$6, line total, payment cash/card/mobile",
  "expect": [
   {"names": [["receipt"], ["receipt", "id"]], "kind": "idlike"},
   {"names": TS, "kind": "datetime"},
   {"names": [["barista"]], "kind": "person_part"},
   {"names": [["drink"], ["beverage"], ["item"]], "kind": "enum",
    "values": ["latte", "cappuccino", "espresso", "flat white", "mocha", "tea", "flat_white"]},
   {"names": [["size"]], "kind": "enum", "values": ["S", "M", "L", "small", "medium", "large"]},
   {"names": CF_QTY, "kind": "int", "min": 1, "max": 3},
   {"names": CF_UNIT, "kind": "number", "min": 2.5, "max": 6},
   {"names": CF_TOTAL, "kind": "number", "min": 2.5, "max": 18},
   {"names": [["payment"], ["method"], ["tender"]], "kind": "enum", "values": ["cash", "card", "mobile"]}],
  "relations": [
   {"a": CF_TOTAL, "op": "product", "b": [CF_QTY, CF_UNIT]}]},

 # ------------------------------------------------------------------ music streaming
 {"id": "a_music_plays",
  "description": "Music streaming play log with user ids, song titles, artist names, album, genre (pop, rock, hip-hop, "
                 "jazz, electronic or classical), track length in seconds (90-420), seconds played (never more than the "
                 "track length), played-at timestamp sometime in 2023, device (mobile, desktop, smart speaker), and "
                 "skipped (about 25% yes)",
  "expect": [
   {"names": [["user", "id"], ["user"], ["listener"]], "kind": "idlike"},
   {"names": MS_SONG, "kind": "label"},
   {"names": MS_ARTIST, "kind": "text"},
   {"names": [["album"]], "kind": "label"},
   {"names": [["genre"]], "kind": "enum", "values": ["pop", "rock", "hip-hop", "jazz", "electronic", "classical", "hip hop", "hiphop"]},
   {"names": MS_LENGTH, "kind": "int", "min": 90, "max": 420},
   {"names": MS_PLAYED, "kind": "number", "min": 0, "max": 420},
   {"names": [["played", "at"], ["timestamp"], ["ts"], ["time"], ["datetime"]], "kind": "date_in",
    "min": "2023-01-01", "max": "2023-12-31"},
   {"names": [["device"], ["platform"]], "kind": "enum", "values": ["mobile", "desktop", "smart speaker", "smart_speaker"]},
   {"names": [["skipped"], ["skip"]], "kind": "bool_share", "min": 0.15, "max": 0.35}],
  "relations": [
   {"a": MS_PLAYED, "op": "<=", "b": MS_LENGTH},
   {"a": MS_SONG, "op": "maps", "b": MS_ARTIST}]},

 {"id": "a_track_catalog",
  "description": "Streaming catalog of tracks\n"
                 "track_id\n"
                 "track title\n"
                 "artist\n"
                 "album (several tracks per album)\n"
                 "release year (1960-2024)\n"
                 "duration mm:ss\n"
                 "bpm (60-200)\n"
                 "explicit (yes/no, mostly no)\n"
                 "monthly streams (up to 50 million)",
  "expect": [
   {"names": [["track", "id"], ["id"]], "kind": "unique"},
   {"names": [["track", "title"], ["title"], ["track", "name"], ["song"]], "kind": "label"},
   {"names": TC_ARTIST, "kind": "text"},
   {"names": TC_ALBUM, "kind": "label"},
   {"names": TC_YEAR, "kind": "int", "min": 1960, "max": 2024},
   {"names": [["duration"], ["length"]], "kind": "regex", "values": [r"\d{1,2}:[0-5]\d"]},
   {"names": [["bpm"], ["tempo"]], "kind": "number", "min": 60, "max": 200},
   {"names": [["explicit"]], "kind": "bool_share", "min": 0.0, "max": 0.45},
   {"names": [["monthly", "streams"], ["streams"], ["stream"], ["plays"]], "kind": "int", "min": 0, "max": 50000000}],
  "relations": [
   {"a": TC_ALBUM, "op": "maps", "b": TC_ARTIST},
   {"a": TC_ALBUM, "op": "maps", "b": TC_YEAR}]},

 # ------------------------------------------------------------------ car dealership / automotive
 {"id": "a_used_cars",
  "description": "Used car dealership inventory with VINs (17 characters, unique), make and model (e.g. Toyota Corolla, "
                 "Ford F-150, Honda Civic, BMW 3 Series), model year 2012-2024, mileage in miles (up to 150,000), exterior "
                 "colour like black, white, silver, red or blue, asking price in USD ($5,000-$60,000), dealer cost "
                 "(always below the asking price), and days on lot",
  "expect": [
   {"names": [["vin"]], "kind": "regex", "values": [r"[A-Z0-9]{17}"]},
   {"names": CAR_YEAR, "kind": "int", "min": 2012, "max": 2024},
   {"names": CAR_MAKE, "kind": "category"},
   {"names": CAR_MODEL, "kind": "label"},
   {"names": [["mileage"], ["miles"], ["odometer"]], "kind": "int", "min": 0, "max": 150000},
   {"names": [["colour"], ["color"]], "kind": "category"},
   {"names": CAR_PRICE, "kind": "number", "min": 5000, "max": 60000},
   {"names": CAR_COST, "kind": "number", "min": 1000, "max": 60000},
   {"names": [["days", "on", "lot"], ["days"], ["lot"]], "kind": "int", "min": 0, "max": 730}],
  "relations": [
   {"a": CAR_MODEL, "op": "maps", "b": CAR_MAKE},
   {"a": CAR_COST, "op": "<", "b": CAR_PRICE}]},

 {"id": "a_car_service",
  "description": "Each row is a car service appointment at our garage. It has a work order number like WO-10001, the "
                 "customer's name and phone number, the car's licence plate, and the service type (oil change, brake "
                 "pads, tyre rotation, inspection, battery replacement). Parts cost and labour cost are in GBP, and the "
                 "total cost is parts plus labour. The drop-off time is during opening hours sometime in 2024 and the "
                 "pick-up time is later the same day or the next.",
  "expect": [
   {"names": [["work", "order"], ["order", "number"], ["wo"]], "kind": "regex", "values": [r"WO-\d{5}"]},
   {"names": [["customer", "name"], ["customer"], ["name"]], "kind": "person_part"},
   {"names": [["phone"], ["telephone"], ["mobile"]], "kind": "phone"},
   {"names": [["licence", "plate"], ["license", "plate"], ["plate"], ["registration"], ["reg"]], "kind": "idlike"},
   {"names": [["service", "type"], ["service"], ["job"]], "kind": "enum",
    "values": ["oil change", "brake pads", "tyre rotation", "inspection", "battery replacement",
               "tire rotation", "oil_change", "brake_pads", "tyre_rotation", "battery_replacement"]},
   {"names": CS_PARTS, "kind": "number", "min": 0, "max": 2500},
   {"names": CS_LABOUR, "kind": "number", "min": 0, "max": 2500},
   {"names": CS_TOTAL, "kind": "number", "min": 10, "max": 5000},
   {"names": CS_DROP, "kind": "date_in", "min": "2024-01-01", "max": "2024-12-31"},
   {"names": CS_PICK, "kind": "datetime"}],
  "relations": [
   {"a": CS_TOTAL, "op": "sum", "b": [CS_PARTS, CS_LABOUR]},
   {"a": CS_DROP, "op": "<", "b": CS_PICK}]},

 # ------------------------------------------------------------------ insurance
 {"id": "a_claims",
  "description": "Insurance claims:\n"
                 "- claim id like CLM-000001\n"
                 "- policy number\n"
                 "- adjuster name\n"
                 "- policyholder name\n"
                 "- claim type: auto, home, health or travel\n"
                 "- incident date and claim filed date (filed 0-60 days after the incident)\n"
                 "- claimed amount in USD (up to $50,000)\n"
                 "- approved payout (never more than the claimed amount; 0 for denied claims)\n"
                 "- status: approved, denied or under review\n"
                 "- fraud suspected flag (roughly 5% flagged)",
  "expect": [
   {"names": [["claim", "id"], ["claim", "number"], ["id"]], "kind": "regex", "values": [r"CLM-\d{6}"]},
   {"names": [["adjuster"], ["handler"]], "kind": "person_part"},
   {"names": [["policyholder"], ["policy", "holder"], ["holder"], ["insured"], ["name"]], "kind": "person_part"},
   {"names": [["policy", "number"], ["policy", "no"], ["policy", "id"], ["policy"]], "kind": "idlike"},
   {"names": [["claim", "type"], ["type"]], "kind": "enum", "values": ["auto", "home", "health", "travel"]},
   {"names": IC_INCIDENT, "kind": "date"},
   {"names": IC_FILED, "kind": "date"},
   {"names": IC_CLAIMED, "kind": "number", "min": 0, "max": 50000},
   {"names": IC_PAYOUT, "kind": "number", "min": 0, "max": 50000},
   {"names": [["status"]], "kind": "enum", "values": ["approved", "denied", "under review", "under_review"]},
   {"names": [["fraud"], ["suspected"], ["flag"]], "kind": "bool_share", "min": 0.01, "max": 0.12}],
  "relations": [
   {"a": IC_INCIDENT, "op": "<=", "b": IC_FILED},
   {"a": IC_PAYOUT, "op": "<=", "b": IC_CLAIMED}]},

 {"id": "a_car_policies",
  "description": "Car insurance policies with policy numbers (e.g. POL-2023-0001), holder names, driver ages (must be 18 "
                 "or older), vehicle makes and models, coverage levels (one of basic, standard, premium), annual premiums "
                 "in USD (400-4000), deductibles ($250, $500 or $1000), start dates sometime in 2023 and end dates one "
                 "year later",
  "expect": [
   {"names": [["policy", "number"], ["policy", "no"], ["policy", "id"], ["policy"]], "kind": "regex", "values": [r"POL-2023-\d{4}"]},
   {"names": CI_MAKE, "kind": "category"},
   {"names": CI_MODEL, "kind": "label"},
   {"names": [["holder", "name"], ["holder"], ["policyholder"], ["name"]], "kind": "person_part"},
   {"names": [["driver", "age"], ["age"]], "kind": "int", "min": 18, "max": 100},
   {"names": [["coverage", "level"], ["coverage"], ["level"], ["plan"], ["tier"]], "kind": "enum",
    "values": ["basic", "standard", "premium"]},
   {"names": [["annual", "premium"], ["premium"]], "kind": "number", "min": 400, "max": 4000},
   {"names": [["deductible"]], "kind": "enum",
    "values": ["250", "500", "1000", "250.0", "500.0", "1000.0", "250.00", "500.00", "1000.00"]},
   {"names": CI_START, "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"},
   {"names": CI_END, "kind": "date_in", "min": "2023-12-31", "max": "2025-01-01"}],
  "relations": [
   {"a": CI_START, "op": "<", "b": CI_END},
   {"a": CI_MODEL, "op": "maps", "b": CI_MAKE}]},

 # ------------------------------------------------------------------ city government / permits
 {"id": "a_building_permits",
  "description": "City building permit applications. Each permit has a permit number like BP-2023-00042, the applicant's "
                 "name, the property address, the neighbourhood (one of Downtown, Riverside, Northgate, Eastwood, Old "
                 "Town), the permit type (new construction, renovation, demolition, electrical, plumbing), the estimated "
                 "project cost in USD, the permit fee, which is 1.5% of the estimated cost, the date submitted and the "
                 "date issued. The status is one of issued, under review or rejected, mostly issued. Permits that are "
                 "under review have no issue date yet.",
  "expect": [
   {"names": [["permit", "number"], ["permit", "no"], ["permit", "id"]], "kind": "regex", "values": [r"BP-\d{4}-\d{5}"]},
   {"names": [["applicant", "name"], ["applicant"], ["name"]], "kind": "person_part"},
   {"names": [["address"], ["street"]], "kind": "text"},
   {"names": [["neighbourhood"], ["neighborhood"], ["district"], ["area"]], "kind": "enum",
    "values": ["Downtown", "Riverside", "Northgate", "Eastwood", "Old Town"]},
   {"names": [["permit", "type"], ["type"], ["work", "type"]], "kind": "enum",
    "values": ["new construction", "renovation", "demolition", "electrical", "plumbing", "new_construction"]},
   {"names": BP_COST, "kind": "number", "min": 500, "max": 50000000},
   {"names": BP_FEE, "kind": "number", "min": 5, "max": 750000},
   {"names": BP_SUBMITTED, "kind": "date"},
   {"names": BP_STATUS, "kind": "weighted", "values": ["issued", "under review", "rejected", "under_review"],
    "min": 0.5, "max": 0.98}],
  "relations": [
   {"a": BP_FEE, "op": "between_ratio", "b": BP_COST, "min": 0.0145, "max": 0.0155},
   {"a": BP_SUBMITTED, "op": "<=", "b": BP_ISSUED},
   {"a": BP_STATUS, "op": "implies", "in": ["under review", "under_review"], "then": BP_ISSUED, "filled": False},
   {"a": BP_STATUS, "op": "implies", "in": ["issued"], "then": BP_ISSUED, "filled": True}]},

 {"id": "a_311_requests",
  "description": "Chicago 311 service requests\n"
                 "request_id\n"
                 "created_at\n"
                 "closed_at (after created_at; empty if the request is still open)\n"
                 "category (pothole, graffiti, streetlight out, noise complaint, missed trash pickup)\n"
                 "ward (1-50)\n"
                 "latitude\n"
                 "longitude\n"
                 "status (open / closed)",
  "expect": [
   {"names": [["request", "id"], ["id"]], "kind": "unique"},
   {"names": SR_CREATED, "kind": "datetime"},
   {"names": [["category"], ["type"]], "kind": "enum",
    "values": ["pothole", "graffiti", "streetlight out", "noise complaint", "missed trash pickup",
               "streetlight_out", "noise_complaint", "missed_trash_pickup"]},
   {"names": [["ward"]], "kind": "int", "min": 1, "max": 50},
   {"names": [["latitude"], ["lat"]], "kind": "number", "min": 41.6, "max": 42.1},
   {"names": [["longitude"], ["lon"], ["lng"], ["long"]], "kind": "number", "min": -88.0, "max": -87.5},
   {"names": SR_STATUS, "kind": "enum", "values": ["open", "closed"]}],
  "relations": [
   {"a": SR_CREATED, "op": "<", "b": SR_CLOSED},
   {"a": SR_STATUS, "op": "implies", "in": ["open"], "then": SR_CLOSED, "filled": False},
   {"a": SR_STATUS, "op": "implies", "in": ["closed"], "then": SR_CLOSED, "filled": True}]},

 # ------------------------------------------------------------------ agriculture / farms
 {"id": "a_farm_fields",
  "description": "field_id: like F-001\n"
                 "farm_name: name of the farm\n"
                 "crop: one of wheat, corn, soybeans, barley\n"
                 "variety: crop variety, each variety belongs to one crop\n"
                 "area_ha: hectares, 1-200\n"
                 "yield_t_per_ha: tonnes per hectare, 1-12\n"
                 "total_yield_t: area_ha x yield_t_per_ha\n"
                 "planting_date: date in spring 2023 (March-May)\n"
                 "harvest_date: date, 90-150 days after planting\n"
                 "irrigated: boolean, about 40% true",
  "expect": [
   {"names": [["field", "id"], ["field"]], "kind": "regex", "values": [r"F-\d{3,}"]},
   {"names": [["farm", "name"], ["farm"]], "kind": "label"},
   {"names": AG_CROP, "kind": "enum", "values": ["wheat", "corn", "soybeans", "barley"]},
   {"names": AG_VARIETY, "kind": "category"},
   {"names": AG_YPH, "kind": "number", "min": 1, "max": 12},
   {"names": AG_AREA, "kind": "number", "min": 1, "max": 200},
   {"names": AG_TOTAL, "kind": "number", "min": 1, "max": 2400},
   {"names": AG_PLANT, "kind": "date_in", "min": "2023-03-01", "max": "2023-05-31"},
   {"names": AG_HARVEST, "kind": "date"},
   {"names": [["irrigated"], ["irrigation"]], "kind": "bool_share", "min": 0.28, "max": 0.52}],
  "relations": [
   {"a": AG_VARIETY, "op": "maps", "b": AG_CROP},
   {"a": AG_TOTAL, "op": "product", "b": [AG_AREA, AG_YPH], "tol": 0.02},
   {"a": AG_PLANT, "op": "<", "b": AG_HARVEST}]},

 {"id": "a_dairy_herd",
  "description": "Dairy herd records with cow ear tag numbers (e.g. US-12345), breeds (Holstein, Jersey, Guernsey or "
                 "Brown Swiss), birth dates, weights in kg (400-800), daily milk yields in litres (15-45), last vet check "
                 "dates, and pregnant (yes or no, about 35% yes)",
  "expect": [
   {"names": [["ear", "tag"], ["tag"], ["cow", "id"], ["id"]], "kind": "idlike"},
   {"names": [["breed"]], "kind": "enum", "values": ["Holstein", "Jersey", "Guernsey", "Brown Swiss", "Brown_Swiss"]},
   {"names": DH_BIRTH, "kind": "date"},
   {"names": [["weight"], ["kg"]], "kind": "number", "min": 400, "max": 800},
   {"names": [["milk"], ["yield"]], "kind": "number", "min": 15, "max": 45},
   {"names": DH_VET, "kind": "date"},
   {"names": [["pregnant"], ["pregnancy"]], "kind": "bool_share", "min": 0.22, "max": 0.48}],
  "relations": [
   {"a": DH_BIRTH, "op": "<", "b": DH_VET}]},

 # ------------------------------------------------------------------ own domain: veterinary clinic
 {"id": "a_vet_clinic",
  "description": "Vet clinic appointments: pet names, species (dog, cat, rabbit or bird), breed matching the species, owner "
                 "name, owner phone, appointment datetime in 2024, reason for visit (e.g. vaccination, dental cleaning, "
                 "limping, skin allergy), weight in kg, and invoice amount (up to $500)",
  "expect": [
   {"names": [["pet", "name"], ["pet"]], "kind": "text"},
   {"names": VC_SPECIES, "kind": "enum", "values": ["dog", "cat", "rabbit", "bird"]},
   {"names": VC_BREED, "kind": "label"},
   {"names": [["phone"], ["telephone"], ["mobile"]], "kind": "phone"},
   {"names": [["owner", "name"], ["owner"]], "kind": "person_part"},
   {"names": [["appointment"], ["datetime"], ["date"], ["time"]], "kind": "date_in", "min": "2024-01-01", "max": "2024-12-31"},
   {"names": [["reason"], ["complaint"], ["visit", "reason"]], "kind": "label"},
   {"names": [["weight"], ["kg"]], "kind": "number", "min": 0.02, "max": 100},
   {"names": [["invoice"], ["amount"], ["cost"], ["fee"], ["price"]], "kind": "number", "min": 1, "max": 500}],
  "relations": [
   {"a": VC_BREED, "op": "maps", "b": VC_SPECIES}]},
]
