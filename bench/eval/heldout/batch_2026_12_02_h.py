"""Blind evaluation batch h (2026-12-02) for score.py --cases: 32 descriptions, two per domain.

Written blind from shared/eval only (README.md, example_cases.py, score.py); the planner's output was
never seen while writing it.

Domains (16, two cases each): hospital pharmacy and medication orders; online marketplace sellers and
listings; loans and repayments; staff scheduling and shifts; school attendance and report cards; property
management and maintenance requests; food delivery couriers and orders; smart building energy readings;
museum tickets and exhibitions; insurance policies and claims; car dealership sales and test drives; hiking
trails and park visitors; podcast episodes and listeners; recycling and waste collection routes; clinical
lab test results; job boards and applications.

Phrasing styles (primary style of each case in the comment above it; each style used at least 3 times):
  comma list with and/or ........ h_shift_roster, h_food_orders, h_car_sales, h_lab_orders
  "Title: list" ................. h_pharm_stock, h_report_cards, h_exhibitions, h_podcast_episodes, h_couriers
  bulleted list ("- " / "* ") ... h_mkt_sellers, h_attendance, h_test_drives, h_job_postings
  one column per line ........... h_repayments, h_energy_daily, h_park_visitors
  "name: type" lines ............ h_loans, h_policies, h_lab_results
  paragraph of sentences ........ h_pharm_orders, h_museum_tickets, h_collection_runs, h_applications
  terse shorthand ............... h_mkt_listings, h_shift_clock, h_energy_readings, h_listeners
  parentheses with details ...... h_maint_requests, h_claims, h_bins (and details in parentheses in most others)
  plural nouns .................. h_properties, h_couriers, h_bins (and h_trails)
  "X names" of things ........... h_shift_roster (store), h_food_orders (restaurant), h_exhibitions,
                                  h_trails, h_podcast_episodes (show), h_mkt_sellers (shop), h_test_drives (model)

Conventions:
- Names lists are module constants shared between a concept and the relations that mention it, so a relation
  resolves to the column its concept matched. Specific concepts come before generic ones that could claim the
  same column (an email before the person name it shares a token with, a role before the person).
- enum: exactly the stated values, plus snake_case spellings of multi-word values (E() below); the scorer
  lower-cases both sides.
- Ranges: the stated ones; otherwise generous for the domain. "about N%" shares get a generous band.
- A column the description says is blank for some rows is not a concept; it appears only in relations
  (implies filled / blank, orderings, which skip blank cells).
- Yes/no columns are read as bool / bool_share; implies on them lists every spelling score.py treats as
  true (YES) or false (NO).
- People: person names (person_part), emails built from names (email kind, also counted by the scorer's
  email-from-name figure), roles people hold (enum).
"""
import re


def E(*vals):
    """The stated values plus snake_case spellings of the multi-word / hyphenated ones."""
    out = []
    for v in vals:
        out.append(v)
        s = re.sub(r"[\s\-]+", "_", v.strip())
        if s != v:
            out.append(s)
    return out


YES = ["yes", "y", "true", "t", "1"]
NO = ["no", "n", "false", "f", "0"]

# ---------------------------------------------------------------- hospital pharmacy and medication orders
PO_PLACED = [["placed"], ["placed", "at"], ["ordered", "at"], ["order", "time"], ["order", "datetime"],
             ["ordered", "time"], ["order", "date"], ["ordered", "on"], ["order", "placed"]]
PO_DISPENSED = [["dispensed"], ["dispense"], ["dispensing"], ["dispensed", "at"], ["filled", "at"]]
DRUG = [["drug", "name"], ["drug"], ["medication", "name"], ["medication"], ["med"], ["medicine"]]

PS_QTY = [["quantity", "on", "hand"], ["on", "hand"], ["qoh"], ["quantity"], ["qty"], ["stock", "qty"]]
PS_COST = [["unit", "cost"], ["cost", "per", "unit"], ["unit", "price"], ["cost"]]
PS_VALUE = [["stock", "value"], ["total", "value"], ["inventory", "value"], ["value"]]
PS_RECEIVED = [["received"], ["received", "date"], ["receipt"], ["date", "received"]]
PS_EXPIRY = [["expiry"], ["expiration"], ["expires"], ["exp", "date"], ["expiry", "date"]]

# ---------------------------------------------------------------- online marketplace sellers and listings
MS_ACTIVE = [["active", "listings"], ["active", "listing"], ["active"]]
MS_TOTAL = [["total", "listings"], ["listings", "total"], ["total"], ["listings"]]
MS_CITY = [["city"]]
MS_COUNTRY = [["country"]]

ML_LIST = [["list", "price"], ["listing", "price"], ["asking", "price"], ["original", "price"], ["asking"]]
ML_SALE = [["sale", "price"], ["selling", "price"], ["sold", "price"], ["discounted", "price"], ["current", "price"]]
ML_LISTED = [["listed"], ["listed", "date"], ["list", "date"], ["listed", "dt"], ["date", "listed"], ["posted"], ["listed", "at"]]
ML_SOLD = [["sold", "date"], ["sold", "dt"], ["sold", "at"], ["sold", "on"], ["date", "sold"], ["sold", "time"]]
ML_STATUS = [["status"], ["listing", "status"]]

# ---------------------------------------------------------------- loans and repayments
LN_START = [["start", "date"], ["start"], ["origination"], ["originated"], ["disbursed"], ["disbursement"]]
LN_MATURITY = [["maturity"], ["maturity", "date"], ["end", "date"], ["matures"]]

RP_DUE_AMT = [["amount", "due"], ["due", "amount"], ["installment", "amount"]]
RP_PAID_AMT = [["amount", "paid"], ["paid", "amount"]]
RP_STATUS = [["payment", "status"], ["status"]]
RP_DATE_PAID = [["date", "paid"], ["paid", "date"], ["paid", "on"], ["payment", "date"], ["paid", "at"]]

# ---------------------------------------------------------------- staff scheduling and shifts
SR_DATE = [["shift", "date"], ["date"]]
SR_START = [["shift", "start"], ["start"], ["start", "time"], ["starts"]]
SR_END = [["shift", "end"], ["end"], ["end", "time"], ["ends"]]

SC_IN = [["clock", "in"], ["clocked", "in"], ["punch", "in"], ["time", "in"], ["clockin"]]
SC_OUT = [["clock", "out"], ["clocked", "out"], ["punch", "out"], ["time", "out"], ["clockout"]]
SC_SWAP = [["swap", "req"], ["swap", "requested"], ["swap", "request"]]
SC_APPROVER = [["approved", "by"], ["approver"], ["swap", "approved", "by"], ["swap", "approver"]]

# ---------------------------------------------------------------- school attendance and report cards
AT_STATUS = [["status"], ["attendance", "status"], ["attendance"]]
AT_LATE = [["minutes", "late"], ["mins", "late"], ["late", "minutes"], ["tardy", "minutes"], ["late"]]

RC_PRESENT = [["days", "present"], ["present"]]
RC_ABSENT = [["days", "absent"], ["absent"], ["absences"]]
RC_ENROLLED = [["days", "enrolled"], ["enrolled"], ["total", "days"], ["school", "days"]]
RC_SCORE = [["final", "score"], ["score"]]
RC_GRADE = [["letter", "grade"], ["grade"]]

# ---------------------------------------------------------------- property management and maintenance
MR_STATUS = [["status"], ["request", "status"]]
MR_OPENED = [["opened"], ["date", "opened"], ["opened", "date"], ["open", "date"], ["opened", "on"], ["reported"], ["created"]]
MR_CLOSED = [["closed"], ["date", "closed"], ["closed", "date"], ["close", "date"], ["closed", "on"], ["resolved"], ["completed"]]

PR_OCC = [["occupied", "units"], ["occupied"], ["units", "occupied"]]
PR_TOTAL = [["total", "units"], ["units", "total"], ["unit", "count"], ["units"]]
PR_CITY = [["city"]]
PR_STATE = [["state"]]

# ---------------------------------------------------------------- food delivery couriers and orders
FO_SUB = [["subtotal"], ["sub", "total"], ["food", "total"]]
FO_FEE = [["delivery", "fee"], ["fee"]]
FO_TIP = [["tip"], ["tip", "amount"]]
FO_TOTAL = [["total"], ["order", "total"], ["total", "amount"]]
FO_PLACED = [["placed"], ["placed", "at"], ["order", "time"], ["ordered", "at"], ["order", "placed"]]
FO_PICKED = [["picked", "up"], ["picked"], ["pickup"], ["pickup", "time"], ["picked", "up", "at"]]
FO_DELIVERED = [["delivered"], ["delivered", "at"], ["delivery", "time"], ["dropoff"], ["dropped", "off"]]

CO_DONE = [["deliveries", "completed"], ["completed"], ["completed", "deliveries"]]
CO_CANC = [["deliveries", "cancelled"], ["cancelled"], ["canceled"], ["cancelled", "deliveries"], ["cancellations"]]
CO_TOTAL = [["total", "deliveries"], ["total"], ["deliveries", "total"]]

# ---------------------------------------------------------------- smart building energy readings
ER_KWH = [["kwh"], ["energy"], ["energy", "kwh"], ["consumption"]]

ED_MIN = [["min", "temp"], ["min", "indoor", "temp"], ["min"], ["minimum"], ["temp", "min"], ["low"]]
ED_AVG = [["avg", "temp"], ["avg", "indoor", "temp"], ["avg"], ["average"], ["mean"], ["temp", "avg"]]
ED_MAX = [["max", "temp"], ["max", "indoor", "temp"], ["max"], ["maximum"], ["temp", "max"], ["high"]]
ED_HVAC = [["hvac"], ["hvac", "kwh"]]
ED_LIGHT = [["lighting"], ["lighting", "kwh"], ["lights"]]
ED_PLUG = [["plug"], ["plug", "load"], ["plug", "load", "kwh"]]
ED_TOTAL = [["total", "kwh"], ["total"]]

# ---------------------------------------------------------------- museum tickets and exhibitions
EX_OPEN = [["opening"], ["opening", "date"], ["open", "date"], ["opens"], ["start", "date"], ["start"]]
EX_CLOSE = [["closing"], ["closing", "date"], ["close", "date"], ["closes"], ["end", "date"], ["end"]]

MT_PEOPLE = [["people"], ["num", "people"], ["number", "of", "people"], ["party", "size"], ["group", "size"],
             ["guests"], ["quantity"], ["qty"], ["headcount"], ["persons"]]
MT_PRICE = [["price", "per", "person"], ["per", "person"], ["unit", "price"], ["price", "each"], ["ticket", "price"]]
MT_TOTAL = [["total", "paid"], ["total"], ["amount", "paid"], ["total", "price"]]
MT_VISIT = [["visit", "date"], ["visit"], ["visiting", "date"], ["date", "of", "visit"]]
MT_PURCHASE = [["purchase", "date"], ["purchased"], ["purchase"], ["bought"], ["purchased", "on"], ["sale", "date"]]

# ---------------------------------------------------------------- insurance policies and claims
PL_START = [["start", "date"], ["start"], ["effective"], ["effective", "date"], ["inception"]]
PL_END = [["end", "date"], ["end"], ["expiry"], ["expiration"], ["expires"]]

CL_INCIDENT = [["incident", "date"], ["incident"], ["loss", "date"], ["date", "of", "loss"], ["accident", "date"]]
CL_FILED = [["date", "filed"], ["filed"], ["filed", "date"], ["filing", "date"], ["submitted"], ["reported"]]
CL_CLAIMED = [["amount", "claimed"], ["claimed"], ["claim", "amount"], ["claimed", "amount"]]
CL_APPROVED = [["amount", "approved"], ["approved", "amount"], ["approved"], ["payout"]]
CL_STATUS = [["status"], ["claim", "status"]]

# ---------------------------------------------------------------- car dealership sales and test drives
CS_STICKER = [["sticker", "price"], ["sticker"], ["msrp"], ["list", "price"]]
CS_SALE = [["sale", "price"], ["sold", "price"], ["selling", "price"], ["final", "price"], ["price"]]
CS_DISCOUNT = [["discount"], ["discount", "amount"]]
CS_MODEL = [["model"], ["model", "name"]]
CS_MAKE = [["make"], ["brand"], ["manufacturer"]]

TD_START = [["start", "time"], ["start"], ["started"], ["start", "at"], ["began"]]
TD_END = [["end", "time"], ["end"], ["ended"], ["end", "at"], ["returned"]]

# ---------------------------------------------------------------- hiking trails and park visitors
TR_LOW = [["lowest", "elevation"], ["lowest"], ["min", "elevation"], ["elevation", "min"], ["low", "elevation"],
          ["minimum", "elevation"], ["low", "point"]]
TR_HIGH = [["highest", "elevation"], ["highest"], ["max", "elevation"], ["elevation", "max"], ["high", "elevation"],
           ["maximum", "elevation"], ["high", "point"]]
TR_PARK = [["park"], ["park", "name"]]
TR_STATE = [["state"]]

PV_ENTRY = [["entry", "time"], ["entered"], ["entry", "datetime"], ["entry", "at"], ["time", "in"], ["arrival"], ["arrived"]]
PV_EXIT = [["exit", "time"], ["exit"], ["exited"], ["exit", "datetime"], ["time", "out"], ["departure"], ["left"]]
PV_OVERNIGHT = [["overnight"], ["overnight", "stay"]]
PV_PERMIT = [["permit"], ["permit", "number"], ["backcountry", "permit"]]

# ---------------------------------------------------------------- podcast episodes and listeners
PE_SHOW = [["show", "name"], ["show"], ["podcast", "name"], ["podcast"]]
PE_HOST = [["host"], ["host", "name"]]
PE_DOWNLOADS = [["downloads"], ["download", "count"], ["num", "downloads"]]
PE_LIKES = [["likes"], ["like", "count"], ["num", "likes"]]

LI_SIGNUP = [["signup"], ["signup", "dt"], ["signup", "date"], ["sign", "up"], ["signed", "up"], ["joined"], ["registered"]]
LI_LAST = [["last", "listen"], ["last", "listen", "dt"], ["last", "listened"], ["last", "played"], ["last", "active"]]

# ---------------------------------------------------------------- recycling and waste collection routes
WR_DEPART = [["left", "depot"], ["departed"], ["departure"], ["depart", "time"], ["left"], ["start", "time"], ["start"]]
WR_RETURN = [["returned"], ["return", "time"], ["returned", "at"], ["back"], ["arrived"], ["end", "time"], ["end"]]
WR_PLANNED = [["stops", "planned"], ["planned", "stops"], ["planned"]]
WR_DONE = [["stops", "completed"], ["completed", "stops"], ["completed"]]
WR_MISSED = [["stops", "missed"], ["missed", "stops"], ["missed"]]

WB_FLAG = [["contamination", "flag"], ["contaminated"], ["contamination"], ["flagged"], ["contamination", "flagged"]]
WB_NOTES = [["inspector", "notes"], ["notes"], ["note"], ["inspection", "notes"]]

# ---------------------------------------------------------------- clinical lab test results
LR_TEST = [["test", "name"], ["test"], ["analyte"]]
LR_UNITS = [["units"], ["unit"]]
LR_LOW = [["ref", "low"], ["reference", "low"], ["low"], ["ref", "min"], ["range", "low"]]
LR_HIGH = [["ref", "high"], ["reference", "high"], ["high"], ["ref", "max"], ["range", "high"]]
LR_COLLECTED = [["collected", "at"], ["collected"], ["collection", "time"], ["collection"]]
LR_RESULTED = [["resulted", "at"], ["resulted"], ["result", "time"], ["reported"], ["reported", "at"]]

LO_ORDERED = [["ordered", "at"], ["ordered"], ["order", "time"], ["ordered", "time"], ["order", "datetime"]]
LO_COLLECTED = [["collected", "at"], ["collected"], ["collection", "time"], ["collected", "time"]]
LO_REPORTED = [["reported", "at"], ["reported"], ["report", "time"], ["reported", "time"], ["resulted"]]

# ---------------------------------------------------------------- job boards and applications
JP_MIN = [["salary", "min"], ["min", "salary"], ["salary", "from"], ["salary", "low"], ["min"]]
JP_MAX = [["salary", "max"], ["max", "salary"], ["salary", "to"], ["salary", "high"], ["max"]]
JP_POSTED = [["posted"], ["posted", "date"], ["date", "posted"], ["post", "date"], ["posted", "on"]]
JP_CLOSING = [["closing"], ["closing", "date"], ["close", "date"], ["closes"], ["deadline"], ["expires"]]
JP_CITY = [["city"]]
JP_STATE = [["state"]]

JA_APPLIED = [["applied", "date"], ["date", "applied"], ["applied"], ["application", "date"], ["applied", "on"], ["applied", "at"]]
JA_STAGE = [["stage"], ["status"], ["current", "stage"]]
JA_INTERVIEW = [["interview", "date"], ["interview"], ["interviewed"], ["interview", "on"]]


CASES = [
 # ===================================================== hospital pharmacy and medication orders
 # paragraph of sentences
 {"id": "h_pharm_orders",
  "description": "We keep a log of medication orders in the hospital pharmacy. Every order has an order id like RX-000123, "
                 "the patient's full name, the drug name, a dose in mg (between 0.5 and 1000), and the route, which is "
                 "oral, IV, IM or subcutaneous. We also record the prescriber's name and their role (attending, resident "
                 "or nurse practitioner). Each row has the time the order was placed and the time the pharmacy dispensed "
                 "it, which is always after it was placed, usually within a few hours. Roughly 5% of orders are flagged STAT.",
  "expect": [
   {"names": [["order", "id"], ["rx", "id"], ["order", "number"], ["order", "no"], ["rx", "number"]], "kind": "regex", "values": [r"RX-\d{4,8}"]},
   {"names": [["patient", "name"], ["patient"]], "kind": "person_part"},
   {"names": DRUG, "kind": "label"},
   {"names": [["dose", "mg"], ["dose"], ["dosage"], ["mg"]], "kind": "number", "min": 0.5, "max": 1000},
   {"names": [["route"], ["administration", "route"]], "kind": "enum", "values": E("oral", "IV", "IM", "subcutaneous")},
   {"names": [["prescriber", "role"], ["role"]], "kind": "enum", "values": E("attending", "resident", "nurse practitioner")},
   {"names": [["prescriber", "name"], ["prescriber"], ["prescribing"], ["doctor"], ["physician"], ["ordered", "by"]], "kind": "person_part"},
   {"names": PO_PLACED, "kind": "datetime"},
   {"names": PO_DISPENSED, "kind": "datetime"},
   {"names": [["stat"], ["is", "stat"], ["urgent"], ["stat", "flag"]], "kind": "bool_share", "min": 0.01, "max": 0.15}],
  "relations": [
   {"a": PO_PLACED, "op": "<", "b": PO_DISPENSED}]},

 # "Title: list"
 {"id": "h_pharm_stock",
  "description": "Pharmacy inventory: drug names, strength, lot number, quantity on hand, unit cost (2 decimal places), "
                 "stock value (quantity on hand x unit cost), received date, expiry date (1 to 3 years after received), "
                 "storage (room temp, fridge, freezer), checked in by (pharmacist name), pharmacist email made from their name",
  "expect": [
   {"names": DRUG, "kind": "label"},
   {"names": [["strength"], ["dose"], ["dosage"]], "kind": "text"},
   {"names": [["lot", "number"], ["lot"], ["batch"], ["lot", "no"]], "kind": "idlike"},
   {"names": PS_QTY, "kind": "int", "min": 0, "max": 1000000},
   {"names": PS_COST, "kind": "regex", "values": [r"\d+\.\d{2}"]},
   {"names": PS_VALUE, "kind": "number", "min": 0},
   {"names": PS_RECEIVED, "kind": "date"},
   {"names": PS_EXPIRY, "kind": "date"},
   {"names": [["storage"], ["storage", "condition"], ["storage", "type"]], "kind": "enum",
    "values": E("room temp", "room temperature", "fridge", "freezer")},
   {"names": [["pharmacist", "email"], ["email"]], "kind": "email"},
   {"names": [["pharmacist", "name"], ["pharmacist"], ["checked", "in", "by"], ["checked", "by"]], "kind": "person_part"}],
  "relations": [
   {"a": PS_VALUE, "op": "product", "b": [PS_QTY, PS_COST]},
   {"a": PS_RECEIVED, "op": "<", "b": PS_EXPIRY}]},

 # ===================================================== online marketplace sellers and listings
 # bulleted list ("- "), shop names
 {"id": "h_mkt_sellers",
  "description": "Marketplace sellers\n"
                 "- shop names (like \"Maple & Moss Ceramics\")\n"
                 "- owner name\n"
                 "- owner email, made from the owner's name\n"
                 "- country and city\n"
                 "- date joined, sometime between 2018 and 2024\n"
                 "- number of active listings\n"
                 "- total listings ever posted (at least as many as active)\n"
                 "- average rating, 1 to 5 with one decimal\n"
                 "- verified seller? yes/no, most are verified",
  "expect": [
   {"names": [["shop", "name"], ["shop"], ["store", "name"], ["store"], ["seller", "name"]], "kind": "label"},
   {"names": [["owner", "email"], ["email"]], "kind": "email"},
   {"names": [["owner", "name"], ["owner"]], "kind": "person_part"},
   {"names": MS_COUNTRY, "kind": "label"},
   {"names": MS_CITY, "kind": "label"},
   {"names": [["date", "joined"], ["joined"], ["join", "date"], ["joined", "date"], ["member", "since"], ["signup"]],
    "kind": "date_in", "min": "2018-01-01", "max": "2024-12-31"},
   {"names": MS_ACTIVE, "kind": "int", "min": 0, "max": 100000},
   {"names": MS_TOTAL, "kind": "int", "min": 0, "max": 1000000},
   {"names": [["average", "rating"], ["avg", "rating"], ["rating"]], "kind": "number", "min": 1, "max": 5},
   {"names": [["verified"], ["verified", "seller"], ["is", "verified"]], "kind": "bool_share", "min": 0.5, "max": 0.99}],
  "relations": [
   {"a": MS_ACTIVE, "op": "<=", "b": MS_TOTAL},
   {"a": MS_CITY, "op": "maps", "b": MS_COUNTRY}]},

 # terse shorthand
 {"id": "h_mkt_listings",
  "description": "listing id, seller id, item title, cat, list price, sale price (<= list), qty avail, listed dt, "
                 "sold dt (blank if unsold), status active/sold/expired",
  "expect": [
   {"names": [["listing", "id"], ["listing", "no"]], "kind": "unique"},
   {"names": [["seller", "id"], ["seller"]], "kind": "idlike"},
   {"names": [["item", "title"], ["title"], ["item", "name"], ["item"]], "kind": "label"},
   {"names": [["category"], ["cat"]], "kind": "category"},
   {"names": ML_LIST, "kind": "number", "min": 0, "max": 1000000},
   {"names": ML_SALE, "kind": "number", "min": 0, "max": 1000000},
   {"names": [["qty", "avail"], ["qty"], ["quantity"], ["available"], ["quantity", "available"]], "kind": "int", "min": 0, "max": 100000},
   {"names": ML_LISTED, "kind": "date"},
   {"names": ML_STATUS, "kind": "enum", "values": ["active", "sold", "expired"]}],
  "relations": [
   {"a": ML_SALE, "op": "<=", "b": ML_LIST},
   {"a": ML_LISTED, "op": "<=", "b": ML_SOLD},
   {"a": ML_STATUS, "op": "implies", "in": ["sold"], "then": ML_SOLD, "filled": True},
   {"a": ML_STATUS, "op": "implies", "in": ["active", "expired"], "then": ML_SOLD, "filled": False}]},

 # ===================================================== loans and repayments
 # "name: type" lines
 {"id": "h_loans",
  "description": "loan_id: text like LN-2021-0001\n"
                 "borrower_name: full name\n"
                 "borrower_email: email built from the borrower's name\n"
                 "principal: dollars, $1,000 to $50,000\n"
                 "interest_rate: percent between 3 and 25\n"
                 "term_months: 12, 24, 36, 48 or 60\n"
                 "start_date: date in 2021\n"
                 "maturity_date: date, start date plus the term\n"
                 "loan_status: current, late, paid off or defaulted",
  "expect": [
   {"names": [["loan", "id"], ["loan"]], "kind": "regex", "values": [r"LN-\d{4}-\d{3,6}"]},
   {"names": [["borrower", "email"], ["email"]], "kind": "email"},
   {"names": [["borrower", "name"], ["borrower"], ["name"]], "kind": "person_part"},
   {"names": [["principal"], ["loan", "amount"], ["amount"]], "kind": "number", "min": 1000, "max": 50000},
   {"names": [["interest", "rate"], ["rate"], ["apr"], ["interest"]], "kind": "number", "min": 3, "max": 25},
   {"names": [["term", "months"], ["term"]], "kind": "enum", "values": ["12", "24", "36", "48", "60"]},
   {"names": LN_START, "kind": "date_in", "min": "2021-01-01", "max": "2021-12-31"},
   {"names": LN_MATURITY, "kind": "date"},
   {"names": [["loan", "status"], ["status"]], "kind": "enum", "values": E("current", "late", "paid off", "defaulted")}],
  "relations": [
   {"a": LN_START, "op": "<", "b": LN_MATURITY}]},

 # one column per line
 {"id": "h_repayments",
  "description": "Loan repayments, one row per scheduled installment\n"
                 "payment id\n"
                 "loan id\n"
                 "installment number (1 to 60)\n"
                 "due date\n"
                 "amount due\n"
                 "amount paid (never more than the amount due)\n"
                 "date paid - empty when the payment was missed\n"
                 "late fee\n"
                 "payment status (on time, late, missed)",
  "expect": [
   {"names": [["payment", "id"], ["repayment", "id"], ["installment", "id"]], "kind": "unique"},
   {"names": [["loan", "id"], ["loan"]], "kind": "idlike"},
   {"names": [["installment", "number"], ["installment", "no"], ["installment", "num"], ["installment"]], "kind": "int", "min": 1, "max": 60},
   {"names": [["due", "date"], ["date", "due"]], "kind": "date"},
   {"names": RP_DUE_AMT, "kind": "number", "min": 0, "max": 1000000},
   {"names": RP_PAID_AMT, "kind": "number", "min": 0, "max": 1000000},
   {"names": [["late", "fee"], ["fee"]], "kind": "number", "min": 0, "max": 1000},
   {"names": RP_STATUS, "kind": "enum", "values": E("on time", "late", "missed")}],
  "relations": [
   {"a": RP_PAID_AMT, "op": "<=", "b": RP_DUE_AMT},
   {"a": RP_STATUS, "op": "implies", "in": ["missed"], "then": RP_DATE_PAID, "filled": False},
   {"a": RP_STATUS, "op": "implies", "in": E("on time", "late"), "then": RP_DATE_PAID, "filled": True}]},

 # ===================================================== staff scheduling and shifts
 # comma list with "or"/"and", store names, role held by a person
 {"id": "h_shift_roster",
  "description": "Shift roster for a retail chain with employee names, their role (cashier, stock clerk, supervisor or "
                 "manager), store names, shift date, shift start and end timestamps, unpaid break minutes (0, 15, 30 or 45), "
                 "and whether the shift counts as overtime",
  "expect": [
   {"names": [["role"], ["employee", "role"], ["position"], ["job", "title"]], "kind": "enum",
    "values": E("cashier", "stock clerk", "supervisor", "manager")},
   {"names": [["employee", "name"], ["employee"], ["staff", "name"], ["name"]], "kind": "person_part"},
   {"names": [["store", "name"], ["store"], ["branch"], ["location"]], "kind": "label"},
   {"names": SR_DATE, "kind": "date"},
   {"names": SR_START, "kind": "datetime"},
   {"names": SR_END, "kind": "datetime"},
   {"names": [["break", "minutes"], ["break", "mins"], ["break"], ["unpaid", "break"]], "kind": "enum", "values": ["0", "15", "30", "45"]},
   {"names": [["overtime"], ["is", "overtime"], ["ot"]], "kind": "bool"}],
  "relations": [
   {"a": SR_START, "op": "<", "b": SR_END},
   {"a": SR_DATE, "op": "<=", "b": SR_START}]},

 # terse shorthand, email pattern from names, field filled only on a yes
 {"id": "h_shift_clock",
  "description": "shift id, emp name, emp email (first.last@ourco.com), dept, clock in ts, clock out ts, sched hrs (4-12), "
                 "OT y/n ~10%, swap req y/n, swap approved by (mgr name, only if swap req)",
  "expect": [
   {"names": [["shift", "id"], ["shift"]], "kind": "unique"},
   {"names": [["emp", "email"], ["employee", "email"], ["email"]], "kind": "regex",
    "values": [r"(?i)[a-z'\-]+\.[a-z'\-]+\d*@ourco\.com"]},
   {"names": [["emp", "name"], ["employee", "name"], ["name"], ["employee"]], "kind": "person_part"},
   {"names": [["dept"], ["department"]], "kind": "category"},
   {"names": SC_IN, "kind": "datetime"},
   {"names": SC_OUT, "kind": "datetime"},
   {"names": [["sched", "hrs"], ["scheduled", "hours"], ["sched", "hours"], ["scheduled", "hrs"], ["scheduled"]], "kind": "number", "min": 4, "max": 12},
   {"names": [["ot"], ["overtime"], ["ot", "flag"]], "kind": "bool_share", "min": 0.03, "max": 0.2},
   {"names": SC_SWAP, "kind": "bool"}],
  "relations": [
   {"a": SC_IN, "op": "<", "b": SC_OUT},
   {"a": SC_SWAP, "op": "implies", "in": YES, "then": SC_APPROVER, "filled": True},
   {"a": SC_SWAP, "op": "implies", "in": NO, "then": SC_APPROVER, "filled": False}]},

 # ===================================================== school attendance and report cards
 # bulleted list ("* ")
 {"id": "h_attendance",
  "description": "Daily attendance for a middle school, fall 2023 semester\n"
                 "* student name\n"
                 "* grade (6, 7 or 8)\n"
                 "* homeroom teacher\n"
                 "* date (school days between Aug 28 and Dec 15, 2023)\n"
                 "* status: present, absent, tardy or excused\n"
                 "* minutes late - only for tardy students, blank otherwise\n"
                 "* parent notified (yes/no)",
  "expect": [
   {"names": [["student", "name"], ["student"]], "kind": "person_part"},
   {"names": [["grade"], ["grade", "level"]], "kind": "enum", "values": ["6", "7", "8"]},
   {"names": [["homeroom", "teacher"], ["teacher"], ["homeroom"]], "kind": "person_part"},
   {"names": [["date"], ["attendance", "date"]], "kind": "date_in", "min": "2023-08-28", "max": "2023-12-15"},
   {"names": AT_STATUS, "kind": "enum", "values": ["present", "absent", "tardy", "excused"]},
   {"names": [["parent", "notified"], ["notified"]], "kind": "bool"}],
  "relations": [
   {"a": AT_STATUS, "op": "implies", "in": ["tardy"], "then": AT_LATE, "filled": True},
   {"a": AT_STATUS, "op": "implies", "in": ["present", "absent", "excused"], "then": AT_LATE, "filled": False}]},

 # "Title: list", grade consistent with score, part + part = whole
 {"id": "h_report_cards",
  "description": "Report cards: student id, student name, subject (math, English, science, history or art), term (Fall or Spring), "
                 "days present, days absent, days enrolled (present + absent), final score (whole number out of 100), "
                 "letter grade from the score (A 90+, B 80-89, C 70-79, D 60-69, F below 60), teacher comment",
  "expect": [
   {"names": [["student", "id"]], "kind": "idlike"},
   {"names": [["student", "name"], ["student"], ["name"]], "kind": "person_part"},
   {"names": [["subject"], ["course"]], "kind": "enum", "values": ["math", "English", "science", "history", "art"]},
   {"names": [["term"], ["semester"]], "kind": "enum", "values": ["Fall", "Spring"]},
   {"names": RC_PRESENT, "kind": "int", "min": 0, "max": 200},
   {"names": RC_ABSENT, "kind": "int", "min": 0, "max": 200},
   {"names": RC_ENROLLED, "kind": "int", "min": 1, "max": 200},
   {"names": RC_SCORE, "kind": "int", "min": 0, "max": 100},
   {"names": RC_GRADE, "kind": "enum", "values": ["A", "B", "C", "D", "F"]},
   {"names": [["teacher", "comment"], ["comment"], ["comments"], ["remarks"]], "kind": "text"}],
  "relations": [
   {"a": RC_ENROLLED, "op": "sum", "b": [RC_PRESENT, RC_ABSENT]},
   {"a": RC_SCORE, "op": "maps", "b": RC_GRADE}]},

 # ===================================================== property management and maintenance requests
 # parentheses with details
 {"id": "h_maint_requests",
  "description": "Maintenance requests for our rental buildings: request id (MR-00001 style), property (building names like "
                 "Oakwood Apartments), unit (e.g. 4B), tenant name and phone, category (plumbing, electrical, HVAC, appliance, "
                 "pest or other), priority (low, medium, high, emergency), date opened, date closed (empty while still open), "
                 "status (open, in progress, closed), repair cost ($0 to $2,500)",
  "expect": [
   {"names": [["request", "id"], ["request"], ["ticket", "id"]], "kind": "regex", "values": [r"MR-\d{5,6}"]},
   {"names": [["property", "name"], ["property"], ["building", "name"], ["building"]], "kind": "label"},
   {"names": [["unit"], ["unit", "number"], ["apt"], ["apartment"]], "kind": "idlike"},
   {"names": [["tenant", "phone"], ["phone"]], "kind": "phone"},
   {"names": [["tenant", "name"], ["tenant"]], "kind": "person_part"},
   {"names": [["category"], ["issue", "type"], ["type"]], "kind": "enum",
    "values": ["plumbing", "electrical", "HVAC", "appliance", "pest", "other"]},
   {"names": [["priority"]], "kind": "enum", "values": ["low", "medium", "high", "emergency"]},
   {"names": MR_OPENED, "kind": "date"},
   {"names": MR_STATUS, "kind": "enum", "values": E("open", "in progress", "closed")},
   {"names": [["repair", "cost"], ["cost"]], "kind": "number", "min": 0, "max": 2500}],
  "relations": [
   {"a": MR_OPENED, "op": "<=", "b": MR_CLOSED},
   {"a": MR_STATUS, "op": "implies", "in": ["closed"], "then": MR_CLOSED, "filled": True},
   {"a": MR_STATUS, "op": "implies", "in": E("open", "in progress"), "then": MR_CLOSED, "filled": False}]},

 # plural nouns, city in state, part <= whole
 {"id": "h_properties",
  "description": "Rental properties with addresses, cities, states, zip codes, year built, total units, occupied units, "
                 "monthly rents between $800 and $4,000, property managers and their emails",
  "expect": [
   {"names": [["address"], ["street"], ["street", "address"]], "kind": "text"},
   {"names": PR_CITY, "kind": "label"},
   {"names": PR_STATE, "kind": "label"},
   {"names": [["zip"], ["zip", "code"], ["zipcode"], ["postal"]], "kind": "zip"},
   {"names": [["year", "built"], ["built"]], "kind": "int", "min": 1850, "max": 2026},
   {"names": PR_OCC, "kind": "int", "min": 0, "max": 5000},
   {"names": PR_TOTAL, "kind": "int", "min": 1, "max": 5000},
   {"names": [["monthly", "rent"], ["rent"]], "kind": "number", "min": 800, "max": 4000},
   {"names": [["manager", "email"], ["email"]], "kind": "email"},
   {"names": [["property", "manager"], ["manager", "name"], ["manager"]], "kind": "person_part"}],
  "relations": [
   {"a": PR_OCC, "op": "<=", "b": PR_TOTAL},
   {"a": PR_CITY, "op": "maps", "b": PR_STATE}]},

 # ===================================================== food delivery couriers and orders
 # comma list with "and", restaurant names, total = sum, time ordering
 {"id": "h_food_orders",
  "description": "Food delivery orders with order id, customer name, restaurant names, the dish ordered, subtotal, "
                 "delivery fee ($1.99 to $7.99), tip, total (subtotal plus delivery fee plus tip), and the times the "
                 "order was placed, picked up and delivered",
  "expect": [
   {"names": [["order", "id"], ["order", "number"], ["order", "no"]], "kind": "unique"},
   {"names": [["customer", "name"], ["customer"]], "kind": "person_part"},
   {"names": [["restaurant", "name"], ["restaurant"]], "kind": "label"},
   {"names": [["dish"], ["dish", "ordered"], ["menu", "item"], ["item"]], "kind": "label"},
   {"names": FO_SUB, "kind": "number", "min": 0, "max": 1000},
   {"names": FO_FEE, "kind": "number", "min": 1.99, "max": 7.99},
   {"names": FO_TIP, "kind": "number", "min": 0, "max": 200},
   {"names": FO_TOTAL, "kind": "number", "min": 0, "max": 1500},
   {"names": FO_PLACED, "kind": "datetime"},
   {"names": FO_PICKED, "kind": "datetime"},
   {"names": FO_DELIVERED, "kind": "datetime"}],
  "relations": [
   {"a": FO_TOTAL, "op": "sum", "b": [FO_SUB, FO_FEE, FO_TIP]},
   {"a": FO_PLACED, "op": "<", "b": FO_PICKED},
   {"a": FO_PICKED, "op": "<", "b": FO_DELIVERED}]},

 # "Title: list" of plural nouns
 {"id": "h_couriers",
  "description": "Couriers: names, emails (firstname.lastname style), phone numbers, vehicles (bike, e-bike, scooter or car), "
                 "cities, signup dates, deliveries completed, deliveries cancelled, total deliveries (completed + cancelled), "
                 "ratings from 1 to 5, and an active flag with about 80% active",
  "expect": [
   {"names": [["email"], ["courier", "email"]], "kind": "email"},
   {"names": [["courier", "name"], ["name"], ["courier"], ["full", "name"]], "kind": "person_part"},
   {"names": [["phone"], ["phone", "number"], ["mobile"]], "kind": "phone"},
   {"names": [["vehicle"], ["vehicle", "type"]], "kind": "enum", "values": E("bike", "e-bike", "scooter", "car")},
   {"names": [["city"]], "kind": "label"},
   {"names": [["signup", "date"], ["signup"], ["sign", "up"], ["joined"], ["signed", "up"]], "kind": "date"},
   {"names": CO_DONE, "kind": "int", "min": 0, "max": 100000},
   {"names": CO_CANC, "kind": "int", "min": 0, "max": 100000},
   {"names": CO_TOTAL, "kind": "int", "min": 0, "max": 200000},
   {"names": [["rating"], ["avg", "rating"], ["average", "rating"]], "kind": "number", "min": 1, "max": 5},
   {"names": [["active"], ["is", "active"], ["active", "flag"]], "kind": "bool_share", "min": 0.65, "max": 0.92}],
  "relations": [
   {"a": CO_TOTAL, "op": "sum", "b": [CO_DONE, CO_CANC]}]},

 # ===================================================== smart building energy readings
 # terse shorthand, "every 15 min", "~230V"
 {"id": "h_energy_readings",
  "description": "sensor id, bldg, floor, ts (every 15 min), kwh (never negative), voltage ~230V, temp C, occupied y/n",
  "expect": [
   {"names": [["sensor", "id"], ["sensor"]], "kind": "idlike"},
   {"names": [["bldg"], ["building"], ["building", "name"]], "kind": "text"},
   {"names": [["floor"]], "kind": "int", "min": -5, "max": 150},
   {"names": [["ts"], ["timestamp"], ["time"], ["reading", "time"], ["datetime"]], "kind": "regex",
    "values": [r"\d{4}-\d{2}-\d{2}[T ]\d{2}:(00|15|30|45)(:00(\.0+)?)?(Z|[+-]\d{2}:?\d{2})?"]},
   {"names": ER_KWH, "kind": "number", "min": 0, "max": 100000},
   {"names": [["voltage"], ["volts"], ["volt"]], "kind": "number", "min": 210, "max": 250},
   {"names": [["temp", "c"], ["temp"], ["temperature"]], "kind": "number", "min": -30, "max": 50},
   {"names": [["occupied"], ["occupancy"], ["is", "occupied"]], "kind": "bool"}],
  "relations": [
   {"a": ER_KWH, "op": ">=", "b": 0}]},

 # one column per line, min <= avg <= max, total = sum of parts
 {"id": "h_energy_daily",
  "description": "Daily energy summary per building\n"
                 "building name (like North Tower, Annex B)\n"
                 "date\n"
                 "min indoor temp (C)\n"
                 "avg indoor temp\n"
                 "max indoor temp\n"
                 "HVAC kWh\n"
                 "lighting kWh\n"
                 "plug load kWh\n"
                 "total kWh = HVAC + lighting + plug load\n"
                 "peak demand kW",
  "expect": [
   {"names": [["building", "name"], ["building"], ["bldg"]], "kind": "label"},
   {"names": [["date"], ["day"]], "kind": "date"},
   {"names": ED_MIN, "kind": "number", "min": 0, "max": 40},
   {"names": ED_AVG, "kind": "number", "min": 0, "max": 40},
   {"names": ED_MAX, "kind": "number", "min": 0, "max": 45},
   {"names": ED_HVAC, "kind": "number", "min": 0},
   {"names": ED_LIGHT, "kind": "number", "min": 0},
   {"names": ED_PLUG, "kind": "number", "min": 0},
   {"names": ED_TOTAL, "kind": "number", "min": 0},
   {"names": [["peak", "demand"], ["peak", "kw"], ["peak"]], "kind": "number", "min": 0}],
  "relations": [
   {"a": ED_MIN, "op": "<=", "b": ED_AVG},
   {"a": ED_AVG, "op": "<=", "b": ED_MAX},
   {"a": ED_TOTAL, "op": "sum", "b": [ED_HVAC, ED_LIGHT, ED_PLUG]}]},

 # ===================================================== museum tickets and exhibitions
 # "Title: list", exhibition names
 {"id": "h_exhibitions",
  "description": "Exhibitions: exhibition names, gallery (East Wing, West Wing, Atrium, Lower Level), curator name, "
                 "opening date, closing date (always after opening), ticket price $0-$30, visitors to date, "
                 "daily capacity, featured yes/no",
  "expect": [
   {"names": [["exhibition", "name"], ["exhibition"], ["exhibit"], ["title"]], "kind": "label"},
   {"names": [["gallery"], ["wing"], ["location"]], "kind": "enum", "values": E("East Wing", "West Wing", "Atrium", "Lower Level")},
   {"names": [["curator", "name"], ["curator"]], "kind": "person_part"},
   {"names": EX_OPEN, "kind": "date"},
   {"names": EX_CLOSE, "kind": "date"},
   {"names": [["ticket", "price"], ["price"]], "kind": "number", "min": 0, "max": 30},
   {"names": [["visitors", "to", "date"], ["visitors"], ["visitor", "count"], ["visits"], ["attendance"]], "kind": "int", "min": 0},
   {"names": [["daily", "capacity"], ["capacity"]], "kind": "int", "min": 1},
   {"names": [["featured"], ["is", "featured"]], "kind": "bool"}],
  "relations": [
   {"a": EX_OPEN, "op": "<", "b": EX_CLOSE}]},

 # paragraph of sentences, total = people x price, "sometime in 2024", "about 25% yes"
 {"id": "h_museum_tickets",
  "description": "Each row is one ticket purchase at the city museum. I need a ticket number like TKT-100001 and the visit "
                 "date, sometime in 2024. Record the visitor type (adult, child, senior, student or member), how many people "
                 "are on the ticket (1 to 6), the price per person, and the total paid, which is the number of people times "
                 "the price per person. Also note which exhibition they came for, whether they bought online or at the box "
                 "office, the purchase date (on or before the visit date), and whether they added an audio guide; about 25% do.",
  "expect": [
   {"names": [["ticket", "number"], ["ticket", "id"], ["ticket", "no"], ["ticket"]], "kind": "regex", "values": [r"TKT-\d{6}"]},
   {"names": MT_VISIT, "kind": "date_in", "min": "2024-01-01", "max": "2024-12-31"},
   {"names": [["visitor", "type"], ["ticket", "type"], ["type"], ["category"]], "kind": "enum",
    "values": ["adult", "child", "senior", "student", "member"]},
   {"names": MT_PEOPLE, "kind": "int", "min": 1, "max": 6},
   {"names": MT_PRICE, "kind": "number", "min": 0, "max": 200},
   {"names": MT_TOTAL, "kind": "number", "min": 0, "max": 1200},
   {"names": [["exhibition"], ["exhibition", "name"], ["exhibit"]], "kind": "label"},
   {"names": [["channel"], ["purchase", "channel"], ["sales", "channel"], ["bought", "online"], ["online"]], "kind": "enum",
    "values": E("online", "box office")},
   {"names": MT_PURCHASE, "kind": "date"},
   {"names": [["audio", "guide"], ["audio"]], "kind": "bool_share", "min": 0.12, "max": 0.4}],
  "relations": [
   {"a": MT_TOTAL, "op": "product", "b": [MT_PEOPLE, MT_PRICE]},
   {"a": MT_PURCHASE, "op": "<=", "b": MT_VISIT}]},

 # ===================================================== insurance policies and claims
 # "name: type" lines
 {"id": "h_policies",
  "description": "policy_number: text, like POL-123456\n"
                 "holder_name: person's full name\n"
                 "holder_email: email made from the holder's name\n"
                 "policy_type: auto, home, life or health\n"
                 "start_date: date\n"
                 "end_date: date, one year after start_date\n"
                 "annual_premium: money, $300 to $5,000\n"
                 "deductible: 250, 500, 1000 or 2500\n"
                 "is_active: yes/no, mostly yes",
  "expect": [
   {"names": [["policy", "number"], ["policy", "no"], ["policy", "id"]], "kind": "regex", "values": [r"POL-\d{6}"]},
   {"names": [["holder", "email"], ["email"]], "kind": "email"},
   {"names": [["holder", "name"], ["holder"], ["policyholder"], ["name"]], "kind": "person_part"},
   {"names": [["policy", "type"], ["type"], ["coverage", "type"]], "kind": "enum", "values": ["auto", "home", "life", "health"]},
   {"names": PL_START, "kind": "date"},
   {"names": PL_END, "kind": "date"},
   {"names": [["annual", "premium"], ["premium"]], "kind": "number", "min": 300, "max": 5000},
   {"names": [["deductible"]], "kind": "enum", "values": ["250", "500", "1000", "2500", "250.00", "500.00", "1000.00", "2500.00"]},
   {"names": [["is", "active"], ["active"]], "kind": "bool_share", "min": 0.5, "max": 0.99}],
  "relations": [
   {"a": PL_START, "op": "<", "b": PL_END}]},

 # parentheses with details, refund-like amount <= claimed, filled only when approved
 {"id": "h_claims",
  "description": "Insurance claims (one row per claim): claim id (CLM-0001 and up), policy number (POL- plus 6 digits), "
                 "claimant name, incident date (in 2023), date filed (after the incident), claim type (collision, theft, fire, "
                 "water damage or injury), amount claimed ($500-$100,000), amount approved (never more than claimed; blank "
                 "if denied or still pending), status (pending, approved, denied), adjuster name",
  "expect": [
   {"names": [["claim", "id"], ["claim", "number"], ["claim", "no"]], "kind": "regex", "values": [r"CLM-\d{4,}"]},
   {"names": [["policy", "number"], ["policy", "no"], ["policy", "id"], ["policy"]], "kind": "regex", "values": [r"POL-\d{6}"]},
   {"names": [["claimant", "name"], ["claimant"]], "kind": "person_part"},
   {"names": CL_INCIDENT, "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"},
   {"names": CL_FILED, "kind": "date"},
   {"names": [["claim", "type"], ["type"], ["loss", "type"]], "kind": "enum",
    "values": E("collision", "theft", "fire", "water damage", "injury")},
   {"names": CL_CLAIMED, "kind": "number", "min": 500, "max": 100000},
   {"names": CL_STATUS, "kind": "enum", "values": ["pending", "approved", "denied"]},
   {"names": [["adjuster", "name"], ["adjuster"]], "kind": "person_part"}],
  "relations": [
   {"a": CL_INCIDENT, "op": "<", "b": CL_FILED},
   {"a": CL_APPROVED, "op": "<=", "b": CL_CLAIMED},
   {"a": CL_STATUS, "op": "implies", "in": ["approved"], "then": CL_APPROVED, "filled": True},
   {"a": CL_STATUS, "op": "implies", "in": ["denied", "pending"], "then": CL_APPROVED, "filled": False}]},

 # ===================================================== car dealership sales and test drives
 # comma list with "or", whole = part + part, model in its make
 {"id": "h_car_sales",
  "description": "Car sales at our dealership: VIN, make, model, model year (2015 to 2024), odometer miles, sticker price, "
                 "sale price, discount (sticker minus sale price), salesperson, buyer name, sale date in 2023, and how "
                 "they paid: cash, loan or lease",
  "expect": [
   {"names": [["vin"]], "kind": "regex", "values": [r"[A-HJ-NPR-Z0-9]{17}"]},
   {"names": CS_MAKE, "kind": "category"},
   {"names": [["model", "year"], ["year"]], "kind": "int", "min": 2015, "max": 2024},
   {"names": CS_MODEL, "kind": "label"},
   {"names": [["odometer"], ["odometer", "miles"], ["mileage"], ["miles"]], "kind": "int", "min": 0, "max": 400000},
   {"names": CS_STICKER, "kind": "number", "min": 1000, "max": 500000},
   {"names": CS_SALE, "kind": "number", "min": 500, "max": 500000},
   {"names": CS_DISCOUNT, "kind": "number", "min": 0},
   {"names": [["salesperson"], ["sales", "rep"], ["salesman"], ["sold", "by"], ["salesperson", "name"]], "kind": "person_part"},
   {"names": [["buyer", "name"], ["buyer"], ["customer"], ["customer", "name"]], "kind": "person_part"},
   {"names": [["sale", "date"], ["date", "sold"], ["sold", "date"], ["date"]], "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"},
   {"names": [["payment", "method"], ["payment", "type"], ["payment"], ["financing"], ["paid", "with"], ["how", "paid"]], "kind": "enum",
    "values": ["cash", "loan", "lease"]}],
  "relations": [
   {"a": CS_SALE, "op": "<=", "b": CS_STICKER},
   {"a": CS_STICKER, "op": "sum", "b": [CS_SALE, CS_DISCOUNT]},
   {"a": CS_MODEL, "op": "maps", "b": CS_MAKE}]},

 # bulleted list ("- "), model names, email from the name
 {"id": "h_test_drives",
  "description": "Test drives log\n"
                 "- drive id\n"
                 "- customer name\n"
                 "- customer email (from their name)\n"
                 "- phone\n"
                 "- model names (Civic, Accord, CR-V, Pilot, HR-V)\n"
                 "- start time\n"
                 "- end time, 15 to 45 minutes after the start\n"
                 "- salesperson who went along\n"
                 "- bought within 30 days? yes/no, about 20% yes",
  "expect": [
   {"names": [["drive", "id"], ["test", "drive", "id"], ["id"]], "kind": "unique"},
   {"names": [["customer", "email"], ["email"]], "kind": "email"},
   {"names": [["customer", "name"], ["customer"]], "kind": "person_part"},
   {"names": [["phone"], ["customer", "phone"], ["phone", "number"]], "kind": "phone"},
   {"names": [["model", "name"], ["model"], ["vehicle"]], "kind": "enum", "values": E("Civic", "Accord", "CR-V", "Pilot", "HR-V")},
   {"names": TD_START, "kind": "datetime"},
   {"names": TD_END, "kind": "datetime"},
   {"names": [["salesperson"], ["sales", "rep"], ["salesperson", "name"], ["accompanied", "by"]], "kind": "person_part"},
   {"names": [["bought", "within"], ["bought"], ["purchased"], ["converted"], ["bought", "within", "days"]], "kind": "bool_share",
    "min": 0.08, "max": 0.35}],
  "relations": [
   {"a": TD_START, "op": "<", "b": TD_END}]},

 # ===================================================== hiking trails and park visitors
 # trail names (X names) and plural nouns, park in its state
 {"id": "h_trails",
  "description": "Hiking trails dataset: trail names, the park each one is in, the park's state, lengths in miles (0.5 to 20), "
                 "elevation gain in feet, lowest and highest elevation in feet, difficulty (easy, moderate, hard), route type "
                 "(loop or out-and-back), and whether dogs are allowed",
  "expect": [
   {"names": [["trail", "name"], ["trail"], ["name"]], "kind": "label"},
   {"names": TR_PARK, "kind": "label"},
   {"names": TR_STATE, "kind": "label"},
   {"names": [["length", "miles"], ["length"], ["miles"], ["distance"]], "kind": "number", "min": 0.5, "max": 20},
   {"names": [["elevation", "gain"], ["gain"]], "kind": "number", "min": 0, "max": 15000},
   {"names": TR_LOW, "kind": "number", "min": -300, "max": 15000},
   {"names": TR_HIGH, "kind": "number", "min": -300, "max": 15000},
   {"names": [["difficulty"]], "kind": "enum", "values": ["easy", "moderate", "hard"]},
   {"names": [["route", "type"], ["route"], ["type"]], "kind": "enum", "values": E("loop", "out-and-back", "out and back")},
   {"names": [["dogs", "allowed"], ["dogs"], ["dog", "friendly"], ["dog"], ["pets", "allowed"]], "kind": "bool"}],
  "relations": [
   {"a": TR_LOW, "op": "<", "b": TR_HIGH},
   {"a": TR_PARK, "op": "maps", "b": TR_STATE}]},

 # one column per line, permit only for overnight visitors
 {"id": "h_park_visitors",
  "description": "Park entry log\n"
                 "visitor name\n"
                 "group size\n"
                 "vehicle plate\n"
                 "entry fee paid\n"
                 "entry time\n"
                 "exit time\n"
                 "trail they hiked\n"
                 "overnight (yes/no)\n"
                 "backcountry permit number - only for overnight visitors",
  "expect": [
   {"names": [["visitor", "name"], ["visitor"], ["name"]], "kind": "person_part"},
   {"names": [["group", "size"], ["group"], ["party", "size"]], "kind": "int", "min": 1, "max": 30},
   {"names": [["vehicle", "plate"], ["plate"], ["license", "plate"], ["vehicle"]], "kind": "text"},
   {"names": [["entry", "fee"], ["fee"], ["fee", "paid"]], "kind": "number", "min": 0, "max": 200},
   {"names": PV_ENTRY, "kind": "datetime"},
   {"names": PV_EXIT, "kind": "datetime"},
   {"names": [["trail"], ["trail", "name"], ["trail", "hiked"]], "kind": "label"},
   {"names": PV_OVERNIGHT, "kind": "bool"}],
  "relations": [
   {"a": PV_ENTRY, "op": "<", "b": PV_EXIT},
   {"a": PV_OVERNIGHT, "op": "implies", "in": YES, "then": PV_PERMIT, "filled": True},
   {"a": PV_OVERNIGHT, "op": "implies", "in": NO, "then": PV_PERMIT, "filled": False}]},

 # ===================================================== podcast episodes and listeners
 # "Title: list", show names, one host per show, likes < downloads
 {"id": "h_podcast_episodes",
  "description": "Podcast episodes: show names, host (each show has one host), episode number, episode title, guest name, "
                 "release date (weekly through 2023), duration in minutes (20-90), downloads, likes (fewer than downloads), "
                 "explicit yes/no",
  "expect": [
   {"names": PE_SHOW, "kind": "label"},
   {"names": PE_HOST, "kind": "person_part"},
   {"names": [["episode", "number"], ["episode", "no"], ["ep", "number"], ["episode", "num"], ["ep", "no"]], "kind": "int", "min": 1, "max": 2000},
   {"names": [["episode", "title"], ["title"]], "kind": "label"},
   {"names": [["guest", "name"], ["guest"]], "kind": "person_part"},
   {"names": [["release", "date"], ["release"], ["released"], ["published"], ["publish", "date"]], "kind": "date_in",
    "min": "2023-01-01", "max": "2023-12-31"},
   {"names": [["duration", "minutes"], ["duration"], ["minutes"], ["length"]], "kind": "number", "min": 20, "max": 90},
   {"names": PE_DOWNLOADS, "kind": "int", "min": 0},
   {"names": PE_LIKES, "kind": "int", "min": 0},
   {"names": [["explicit"], ["is", "explicit"]], "kind": "bool"}],
  "relations": [
   {"a": PE_LIKES, "op": "<", "b": PE_DOWNLOADS},
   {"a": PE_SHOW, "op": "maps", "b": PE_HOST}]},

 # terse shorthand
 {"id": "h_listeners",
  "description": "listener id, username, email, country, signup dt, last listen dt, eps played, mins listened, "
                 "premium y/n (~15%), fav genre (true crime, comedy, news, tech, history)",
  "expect": [
   {"names": [["listener", "id"], ["listener"], ["user", "id"]], "kind": "unique"},
   {"names": [["username"], ["user", "name"], ["handle"]], "kind": "text"},
   {"names": [["email"]], "kind": "email"},
   {"names": [["country"]], "kind": "label"},
   {"names": LI_SIGNUP, "kind": "date"},
   {"names": LI_LAST, "kind": "date"},
   {"names": [["eps", "played"], ["episodes", "played"], ["eps"], ["episodes"]], "kind": "int", "min": 0, "max": 100000},
   {"names": [["mins", "listened"], ["minutes", "listened"], ["mins"], ["minutes"], ["listened"]], "kind": "number", "min": 0},
   {"names": [["premium"], ["is", "premium"]], "kind": "bool_share", "min": 0.05, "max": 0.3},
   {"names": [["fav", "genre"], ["favorite", "genre"], ["favourite", "genre"], ["genre"]], "kind": "enum",
    "values": E("true crime", "comedy", "news", "tech", "history")}],
  "relations": [
   {"a": LI_SIGNUP, "op": "<=", "b": LI_LAST}]},

 # ===================================================== recycling and waste collection routes
 # paragraph of sentences, planned = completed + missed
 {"id": "h_collection_runs",
  "description": "This is the run log for the city's waste collection trucks. Each row is one run: a route code like R-12, "
                 "the truck number, the driver's name, the run date (weekdays in March 2024), and the waste stream "
                 "(recycling, organics or landfill). We log when the truck left the depot and when it got back, how many stops "
                 "were planned, how many were completed and how many were missed (planned = completed + missed), and the "
                 "tonnes collected, usually somewhere between 1 and 15.",
  "expect": [
   {"names": [["route", "code"], ["route"], ["route", "id"]], "kind": "regex", "values": [r"R-\d{1,3}"]},
   {"names": [["truck", "number"], ["truck"], ["truck", "id"], ["truck", "no"], ["vehicle"]], "kind": "idlike"},
   {"names": [["driver", "name"], ["driver"]], "kind": "person_part"},
   {"names": [["run", "date"], ["date"]], "kind": "date_in", "min": "2024-03-01", "max": "2024-03-31"},
   {"names": [["waste", "stream"], ["stream"], ["waste", "type"], ["material"]], "kind": "enum",
    "values": ["recycling", "organics", "landfill"]},
   {"names": WR_DEPART, "kind": "datetime"},
   {"names": WR_RETURN, "kind": "datetime"},
   {"names": WR_PLANNED, "kind": "int", "min": 1, "max": 2000},
   {"names": WR_DONE, "kind": "int", "min": 0, "max": 2000},
   {"names": WR_MISSED, "kind": "int", "min": 0, "max": 2000},
   {"names": [["tonnes"], ["tonnes", "collected"], ["tons"], ["weight"], ["weight", "tonnes"]], "kind": "number", "min": 0, "max": 20}],
  "relations": [
   {"a": WR_DEPART, "op": "<", "b": WR_RETURN},
   {"a": WR_PLANNED, "op": "sum", "b": [WR_DONE, WR_MISSED]},
   {"a": WR_DONE, "op": "<=", "b": WR_PLANNED}]},

 # parentheses + plural nouns, "roughly 10% flagged", notes only on flagged bins
 {"id": "h_bins",
  "description": "Household bins on our recycling routes: bin ids (BIN-000001 format), street addresses, zip codes, bin sizes "
                 "(35, 64 or 96 gallon), pickup days (Monday to Friday), route codes, last pickup dates, fill levels at last "
                 "pickup (0-100%), contamination flags (roughly 10% flagged), and inspector notes only on the flagged bins",
  "expect": [
   {"names": [["bin", "id"], ["bin"]], "kind": "regex", "values": [r"BIN-\d{6}"]},
   {"names": [["street", "address"], ["address"], ["street"]], "kind": "text"},
   {"names": [["zip", "code"], ["zip"], ["zipcode"], ["postal"]], "kind": "zip"},
   {"names": [["bin", "size"], ["size"], ["capacity"], ["gallons"]], "kind": "enum",
    "values": E("35", "64", "96", "35 gallon", "64 gallon", "96 gallon", "35 gal", "64 gal", "96 gal")},
   {"names": [["pickup", "day"], ["collection", "day"], ["day"]], "kind": "enum",
    "values": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]},
   {"names": [["route", "code"], ["route"], ["route", "id"]], "kind": "text"},
   {"names": [["last", "pickup"], ["last", "pickup", "date"], ["last", "collected"], ["last", "collection"]], "kind": "date"},
   {"names": [["fill", "level"], ["fill"], ["fill", "pct"], ["fill", "percent"]], "kind": "number", "min": 0, "max": 100},
   {"names": WB_FLAG, "kind": "bool_share", "min": 0.04, "max": 0.2}],
  "relations": [
   {"a": WB_FLAG, "op": "implies", "in": YES, "then": WB_NOTES, "filled": True},
   {"a": WB_FLAG, "op": "implies", "in": NO, "then": WB_NOTES, "filled": False}]},

 # ===================================================== clinical lab test results
 # "name: type" lines, unit per test, low < high, collected < resulted, "most normal"
 {"id": "h_lab_results",
  "description": "specimen_id: like SPC-000001\n"
                 "patient_name: full name\n"
                 "test_name: e.g. hemoglobin, glucose, TSH, potassium, creatinine\n"
                 "result_value: number\n"
                 "units: the usual unit for that test (g/dL, mg/dL, mIU/L, mmol/L)\n"
                 "ref_low: lower end of the normal range\n"
                 "ref_high: upper end of the normal range\n"
                 "flag: normal, high or low (most are normal)\n"
                 "collected_at: datetime\n"
                 "resulted_at: datetime, 1 to 48 hours after collection",
  "expect": [
   {"names": [["specimen", "id"], ["specimen"]], "kind": "regex", "values": [r"SPC-\d{6}"]},
   {"names": [["patient", "name"], ["patient"]], "kind": "person_part"},
   {"names": LR_TEST, "kind": "label"},
   {"names": [["result", "value"], ["result"], ["value"]], "kind": "number", "min": 0},
   {"names": LR_UNITS, "kind": "category"},
   {"names": LR_LOW, "kind": "number", "min": 0},
   {"names": LR_HIGH, "kind": "number", "min": 0},
   {"names": [["flag"], ["result", "flag"], ["abnormal", "flag"]], "kind": "weighted", "values": ["normal", "high", "low"],
    "min": 0.5, "max": 0.98},
   {"names": LR_COLLECTED, "kind": "datetime"},
   {"names": LR_RESULTED, "kind": "datetime"}],
  "relations": [
   {"a": LR_LOW, "op": "<", "b": LR_HIGH},
   {"a": LR_COLLECTED, "op": "<", "b": LR_RESULTED},
   {"a": LR_TEST, "op": "maps", "b": LR_UNITS}]},

 # comma list with "or"/"and", physician email pattern, ordered < collected < reported
 {"id": "h_lab_orders",
  "description": "Lab orders at an outpatient clinic with accession number, patient name, ordering physician, physician email "
                 "(first.last@clinic.org), test panel (CBC, BMP, lipid panel, A1C or urinalysis), priority (routine or STAT), "
                 "and the times it was ordered, collected and reported, plus turnaround hours and whether it was a critical "
                 "result (about 3%)",
  "expect": [
   {"names": [["accession", "number"], ["accession"], ["accession", "no"]], "kind": "unique"},
   {"names": [["patient", "name"], ["patient"]], "kind": "person_part"},
   {"names": [["physician", "email"], ["email"]], "kind": "regex", "values": [r"(?i)[a-z'\-]+\.[a-z'\-]+\d*@clinic\.org"]},
   {"names": [["ordering", "physician"], ["physician"], ["physician", "name"], ["doctor"], ["provider"]], "kind": "person_part"},
   {"names": [["test", "panel"], ["panel"], ["test"]], "kind": "enum", "values": E("CBC", "BMP", "lipid panel", "A1C", "urinalysis")},
   {"names": [["priority"]], "kind": "enum", "values": ["routine", "STAT"]},
   {"names": LO_ORDERED, "kind": "datetime"},
   {"names": LO_COLLECTED, "kind": "datetime"},
   {"names": LO_REPORTED, "kind": "datetime"},
   {"names": [["turnaround", "hours"], ["turnaround"], ["tat"], ["tat", "hours"]], "kind": "number", "min": 0, "max": 720},
   {"names": [["critical"], ["critical", "result"], ["is", "critical"]], "kind": "bool_share", "min": 0.005, "max": 0.1}],
  "relations": [
   {"a": LO_ORDERED, "op": "<", "b": LO_COLLECTED},
   {"a": LO_COLLECTED, "op": "<", "b": LO_REPORTED}]},

 # ===================================================== job boards and applications
 # bulleted list ("* "), salary min < max, posted < closing, city in state, "about 40% yes"
 {"id": "h_job_postings",
  "description": "Job board postings\n"
                 "* job titles\n"
                 "* company names\n"
                 "* city\n"
                 "* state\n"
                 "* salary min and salary max (max always above min, in USD per year)\n"
                 "* remote? (yes/no, about 40% yes)\n"
                 "* posted date (sometime in 2024)\n"
                 "* closing date, 30 to 60 days after posting\n"
                 "* seniority (junior, mid, senior, lead)\n"
                 "* number of applicants so far",
  "expect": [
   {"names": [["job", "title"], ["title"], ["position"], ["role"]], "kind": "label"},
   {"names": [["company", "name"], ["company"], ["employer"]], "kind": "label"},
   {"names": JP_CITY, "kind": "label"},
   {"names": JP_STATE, "kind": "label"},
   {"names": JP_MIN, "kind": "number", "min": 10000, "max": 1000000},
   {"names": JP_MAX, "kind": "number", "min": 10000, "max": 1500000},
   {"names": [["remote"], ["is", "remote"]], "kind": "bool_share", "min": 0.25, "max": 0.55},
   {"names": JP_POSTED, "kind": "date_in", "min": "2024-01-01", "max": "2024-12-31"},
   {"names": JP_CLOSING, "kind": "date"},
   {"names": [["seniority"], ["level"], ["seniority", "level"]], "kind": "enum", "values": ["junior", "mid", "senior", "lead"]},
   {"names": [["applicants"], ["num", "applicants"], ["number", "of", "applicants"], ["applicant", "count"], ["applications"]],
    "kind": "int", "min": 0, "max": 100000}],
  "relations": [
   {"a": JP_MIN, "op": "<", "b": JP_MAX},
   {"a": JP_POSTED, "op": "<", "b": JP_CLOSING},
   {"a": JP_CITY, "op": "maps", "b": JP_STATE}]},

 # paragraph of sentences, email from the name, interview date only from a stage on
 {"id": "h_applications",
  "description": "Applications submitted through our job board. For each one I want an application id, the applicant's name "
                 "and an email built from it, the job title they applied for, and the date they applied. Show their current "
                 "stage (applied, screening, interview, offer, hired or rejected), years of experience from 0 to 30, expected "
                 "salary, and whether they were referred by an employee. There is also an interview date, which is only "
                 "filled in for people who reached interview, offer or hired, and is always after the application date.",
  "expect": [
   {"names": [["application", "id"], ["app", "id"], ["id"]], "kind": "unique"},
   {"names": [["applicant", "email"], ["email"]], "kind": "email"},
   {"names": [["applicant", "name"], ["applicant"], ["candidate"], ["name"]], "kind": "person_part"},
   {"names": [["job", "title"], ["title"], ["position"], ["job"]], "kind": "label"},
   {"names": JA_APPLIED, "kind": "date"},
   {"names": JA_STAGE, "kind": "enum", "values": ["applied", "screening", "interview", "offer", "hired", "rejected"]},
   {"names": [["years", "of", "experience"], ["years", "experience"], ["experience"], ["yoe"], ["years"]], "kind": "int", "min": 0, "max": 30},
   {"names": [["expected", "salary"], ["salary"], ["salary", "expectation"]], "kind": "number", "min": 0, "max": 1000000},
   {"names": [["referred"], ["referral"], ["was", "referred"], ["employee", "referral"]], "kind": "bool"}],
  "relations": [
   {"a": JA_APPLIED, "op": "<", "b": JA_INTERVIEW},
   {"a": JA_STAGE, "op": "implies", "in": ["interview", "offer", "hired"], "then": JA_INTERVIEW, "filled": True},
   {"a": JA_STAGE, "op": "implies", "in": ["applied", "screening"], "then": JA_INTERVIEW, "filled": False}]},
]
