"""Evaluation batch 2026-12-02 for score.py: 24 fresh descriptions across domains, written before looking at
the planner's output. Format as in example_cases.py: each case is a description and what a careful reader
expects of the table ("expect" concepts; optional "relations" between columns, each counting as one concept).

Score with:  score.py BASE_URL --rows 200 --cases bench/eval/batch_2026_12_02.py
"""

# names lists shared by a concept and the relations that refer to it (so both resolve to the same column)
QTY = [["quantity"], ["qty"]]
UNIT_PRICE = [["unit", "price"], ["price"]]
TOTAL = [["total"]]
ADMIT = [["admission"], ["admitted"], ["admit"]]
DISCHARGE = [["discharge"], ["discharged"]]
SHIP_DATE = [["ship", "date"], ["shipped"], ["ship"], ["dispatch"]]
DELIVERY_DATE = [["delivery", "date"], ["delivered"], ["delivery"]]
SCORE = [["score"], ["points"], ["mark"]]
GRADE = [["grade"], ["letter"]]
AMOUNT = [["amount"], ["payment", "amount"]]
REFUND = [["refund"], ["refunded", "amount"]]
STATUS = [["status"]]
DEVICE = [["device"], ["sensor", "id"], ["sensor"]]
LOCATION = [["location"], ["room"], ["placement"]]
CHECK_IN = [["check", "in"], ["checkin"], ["arrival"]]
CHECK_OUT = [["check", "out"], ["checkout"], ["departure"]]
NIGHTS = [["nights"], ["length", "of", "stay"], ["stay"]]
RATE = [["nightly"], ["rate"], ["price", "per", "night"]]
SIGNUP = [["signup"], ["sign", "up"], ["start", "date"], ["subscribed"], ["created"]]
CANCEL = [["cancellation"], ["cancelled"], ["canceled"], ["cancel"], ["churn"]]
OPENED = [["opened"], ["created"], ["open"]]
RESOLVED = [["resolved"], ["closed"], ["resolution"]]
HOME_GOALS = [["home", "goals"], ["home", "score"]]
AWAY_GOALS = [["away", "goals"], ["away", "score"]]
TOTAL_GOALS = [["total", "goals"], ["total"], ["goals", "total"]]
PPSQM = [["per", "square"], ["per", "sqm"], ["per", "m"], ["sqm", "price"], ["per", "m2"]]
AREA = [["square", "meters"], ["square", "metres"], ["sqm"], ["area"], ["size"], ["m2"]]
ASKING = [["asking", "price"], ["list", "price"], ["listing", "price"], ["price"]]
DEP_TIME = [["departure", "time"], ["departure", "at"], ["departs"], ["departure", "datetime"], ["departure", "timestamp"]]
ARR_TIME = [["arrival", "time"], ["arrival", "at"], ["arrives"], ["arrival", "datetime"], ["arrival", "timestamp"]]
BILL = [["bill", "amount"], ["bill", "total"], ["amount"], ["total"], ["bill"]]
TIP = [["tip"], ["gratuity"]]
PRODUCED = [["produced"], ["units", "produced"], ["output"], ["quantity"]]
DEFECTIVE = [["defective"], ["defects"], ["rejected"], ["faulty"]]
JOIN = [["join"], ["joined"], ["member", "since"], ["start"]]
LAST_VISIT = [["last", "visit"], ["last", "visited"], ["last", "check"]]
ORIG_PRICE = [["original", "price"], ["purchase", "price"], ["price"]]
PURCHASE = [["purchase", "date"], ["purchased"], ["order", "date"], ["purchase"]]
RETURN_DATE = [["return", "date"], ["returned"], ["return", "on"]]
START = [["start"], ["starts"], ["begin"], ["from"]]
END = [["end"], ["ends"], ["finish"], ["until"]]
COST = [["cost"], ["fee"], ["price"], ["charge"]]
COVERED = [["covered"], ["insurance"], ["coverage"]]
LAST_SERVICE = [["last", "service"], ["last", "serviced"], ["last", "maintenance"]]
NEXT_SERVICE = [["next", "service"], ["service", "due"], ["due"], ["next", "maintenance"]]
OPEN = [["open"]]
HIGH = [["high"]]
LOW = [["low"]]
CLOSE = [["close"], ["closing"]]
TICKER = [["ticker"], ["symbol"]]
COMPANY = [["company"], ["company", "name"], ["issuer"]]
FINAL_GRADE = [["grade"], ["final", "grade"]]
PREV = [["previous"], ["prev"], ["prior"], ["last", "reading"]]
CURR = [["current"], ["curr"], ["present"]]
CONSUMPTION = [["consumption"], ["usage"], ["consumed"], ["kwh", "used"]]
GROSS = [["gross"]]
NET = [["net"]]
TAX = [["tax"], ["withheld"], ["withholding"]]

CASES = [
 # retail
 {"id": "b2_shop_orders", "description": "online shop orders with order id, customer email, product, quantity between 1 and 10, unit price in EUR, total = quantity x unit price, order date",
  "expect": [
   {"names": [["order", "id"], ["order", "number"], ["id"]], "kind": "unique"},
   {"names": [["email"], ["customer", "email"]], "kind": "email"},
   {"names": [["product"], ["product", "name"], ["item"]], "kind": "label"},
   {"names": QTY, "kind": "int", "min": 1, "max": 10},
   {"names": UNIT_PRICE, "kind": "number", "min": 0},
   {"names": TOTAL, "kind": "number", "min": 0},
   {"names": [["order", "date"], ["date"], ["ordered"]], "kind": "date"}],
  "relations": [
   {"a": TOTAL, "op": "product", "b": [QTY, UNIT_PRICE]}]},

 # HR
 {"id": "b2_hr_staff", "description": "HR employee list: employee ID, first name, last name, department (Engineering, Sales, Marketing, HR, Finance), hire date, annual salary in USD between 40000 and 180000, and whether they work remotely",
  "expect": [
   {"names": [["employee", "id"], ["id"]], "kind": "unique"},
   {"names": [["first", "name"], ["firstname"], ["first"]], "kind": "person_part"},
   {"names": [["last", "name"], ["lastname"], ["surname"], ["last"]], "kind": "person_part"},
   {"names": [["department"], ["dept"]], "kind": "enum", "values": ["Engineering", "Sales", "Marketing", "HR", "Finance"]},
   {"names": [["hire", "date"], ["hired"], ["hire"]], "kind": "date"},
   {"names": [["salary"], ["annual", "salary"]], "kind": "number", "min": 40000, "max": 180000},
   {"names": [["remote"], ["remotely"], ["work", "mode"], ["work", "location"]], "kind": "category_or_bool"}]},

 # healthcare
 {"id": "b2_admissions", "description": "Hospital admissions with patient name, age (0-100), ward, diagnosis, admission date and discharge date (discharge always after admission)",
  "expect": [
   {"names": [["patient", "name"], ["patient"], ["name"]], "kind": "person_part"},
   {"names": [["age"]], "kind": "int", "min": 0, "max": 100},
   {"names": [["ward"], ["unit"]], "kind": "label"},
   {"names": [["diagnosis"], ["condition"]], "kind": "label"},
   {"names": ADMIT, "kind": "date"},
   {"names": DISCHARGE, "kind": "date"}],
  "relations": [
   {"a": ADMIT, "op": "<", "b": DISCHARGE}]},

 # logistics
 {"id": "b2_shipments", "description": "Shipments: tracking number, origin city, destination city, weight in kg (0.5 to 30), carrier (DHL, UPS, FedEx), status (in transit, delivered, returned), ship date, delivery date",
  "expect": [
   {"names": [["tracking"], ["tracking", "number"]], "kind": "unique"},
   {"names": [["origin"], ["from", "city"]], "kind": "label"},
   {"names": [["destination"], ["dest"], ["to", "city"]], "kind": "label"},
   {"names": [["weight"]], "kind": "number", "min": 0.5, "max": 30},
   {"names": [["carrier"]], "kind": "enum", "values": ["DHL", "UPS", "FedEx"]},
   {"names": STATUS, "kind": "enum", "values": ["in transit", "delivered", "returned"]},
   {"names": SHIP_DATE, "kind": "date"},
   {"names": DELIVERY_DATE, "kind": "sparse", "min": 0.0, "max": 0.6, "values": ["date"]}],
  "relations": [
   {"a": SHIP_DATE, "op": "<=", "b": DELIVERY_DATE}]},

 # education
 {"id": "b2_exam_results", "description": "student exam results - student id, name, course, score from 0 to 100 (whole points), letter grade (A, B, C, D, F) based on the score, exam date",
  "expect": [
   {"names": [["student", "id"], ["student"], ["id"]], "kind": "idlike"},
   {"names": [["name"], ["student", "name"]], "kind": "person_part"},
   {"names": [["course"], ["subject"]], "kind": "label"},
   {"names": SCORE, "kind": "int", "min": 0, "max": 100},
   {"names": GRADE, "kind": "enum", "values": ["A", "B", "C", "D", "F"]},
   {"names": [["exam", "date"], ["date"]], "kind": "date"}],
  "relations": [
   {"a": SCORE, "op": "maps", "b": GRADE}]},

 # finance / payments
 {"id": "b2_card_payments", "description": "Card payment transactions with transaction id, card type (Visa, Mastercard, Amex), amount in USD, refund amount (never more than the amount, empty when there was no refund), status (completed, refunded, failed) and timestamp",
  "expect": [
   {"names": [["transaction", "id"], ["txn", "id"], ["id"]], "kind": "unique"},
   {"names": [["card", "type"], ["card"], ["network"]], "kind": "enum", "values": ["Visa", "Mastercard", "Amex"]},
   {"names": AMOUNT, "kind": "number", "min": 0},
   {"names": REFUND, "kind": "sparse", "min": 0.05, "max": 0.95, "values": ["number"]},
   {"names": STATUS, "kind": "enum", "values": ["completed", "refunded", "failed"]},
   {"names": [["timestamp"], ["time"], ["datetime"], ["created", "at"]], "kind": "datetime"}],
  "relations": [
   {"a": REFUND, "op": "<=", "b": AMOUNT},
   {"a": STATUS, "op": "implies", "in": ["refunded"], "then": REFUND, "filled": True},
   {"a": STATUS, "op": "implies", "in": ["failed"], "then": REFUND, "filled": False}]},

 # IoT sensors
 {"id": "b2_iot_readings", "description": "IoT temperature sensor readings from 20 devices, each installed in one room (kitchen, lobby, server room, warehouse): device id, location, reading timestamp, temperature in °C between -20 and 45, humidity % from 0 to 100, battery level 0-100, firmware version like 2.3.1",
  "expect": [
   {"names": DEVICE, "kind": "idlike"},
   {"names": LOCATION, "kind": "enum", "values": ["kitchen", "lobby", "server room", "warehouse"]},
   {"names": [["timestamp"], ["time"], ["reading", "time"], ["datetime"]], "kind": "datetime"},
   {"names": [["temperature"], ["temp"]], "kind": "number", "min": -20, "max": 45},
   {"names": [["humidity"]], "kind": "number", "min": 0, "max": 100},
   {"names": [["battery"]], "kind": "number", "min": 0, "max": 100},
   {"names": [["firmware"], ["version"]], "kind": "regex", "values": [r"v?\d+\.\d+\.\d+"]}],
  "relations": [
   {"a": DEVICE, "op": "maps", "b": LOCATION}]},

 # hotels
 {"id": "b2_hotel_bookings", "description": "Hotel reservations -- booking ref, guest name, room type (single, double, suite), check-in date, check-out date after check-in, number of nights, nightly rate in EUR, total price = nights x nightly rate",
  "expect": [
   {"names": [["booking", "ref"], ["booking", "reference"], ["booking", "id"], ["reservation", "id"], ["ref"]], "kind": "unique"},
   {"names": [["guest"], ["guest", "name"], ["name"]], "kind": "person_part"},
   {"names": [["room", "type"], ["room"]], "kind": "enum", "values": ["single", "double", "suite"]},
   {"names": CHECK_IN, "kind": "date"},
   {"names": CHECK_OUT, "kind": "date"},
   {"names": NIGHTS, "kind": "int", "min": 1},
   {"names": RATE, "kind": "number", "min": 0},
   {"names": TOTAL, "kind": "number", "min": 0}],
  "relations": [
   {"a": CHECK_IN, "op": "<", "b": CHECK_OUT},
   {"a": TOTAL, "op": "product", "b": [NIGHTS, RATE]}]},

 # SaaS subscriptions
 {"id": "b2_saas_subs", "description": "SaaS subscriptions: account id, company name, plan (Free, Pro, Enterprise), monthly fee in USD, seats between 1 and 500, signup date, cancellation date (empty for active accounts), status active/cancelled",
  "expect": [
   {"names": [["account", "id"], ["account"], ["id"]], "kind": "unique"},
   {"names": [["company"], ["company", "name"], ["customer"]], "kind": "label"},
   {"names": [["plan"], ["tier"]], "kind": "enum", "values": ["Free", "Pro", "Enterprise"]},
   {"names": [["monthly", "fee"], ["fee"], ["mrr"], ["price"]], "kind": "number", "min": 0},
   {"names": [["seats"], ["seat"], ["users"], ["licenses"]], "kind": "int", "min": 1, "max": 500},
   {"names": SIGNUP, "kind": "date"},
   {"names": CANCEL, "kind": "sparse", "min": 0.05, "max": 0.95, "values": ["date"]},
   {"names": STATUS, "kind": "enum", "values": ["active", "cancelled", "canceled"]}],
  "relations": [
   {"a": SIGNUP, "op": "<", "b": CANCEL},
   {"a": STATUS, "op": "implies", "in": ["active"], "then": CANCEL, "filled": False},
   {"a": STATUS, "op": "implies", "in": ["cancelled", "canceled"], "then": CANCEL, "filled": True}]},

 # support tickets
 {"id": "b2_support_tickets", "description": "Support tickets with ticket number, customer email, subject, priority (low, medium, high, urgent), opened at, resolved at (after opened), assigned agent and satisfaction rating 1-5",
  "expect": [
   {"names": [["ticket", "number"], ["ticket", "id"], ["ticket"], ["id"]], "kind": "unique"},
   {"names": [["email"]], "kind": "email"},
   {"names": [["subject"], ["title"], ["summary"]], "kind": "label"},
   {"names": [["priority"]], "kind": "enum", "values": ["low", "medium", "high", "urgent"]},
   {"names": OPENED, "kind": "datetime"},
   {"names": RESOLVED, "kind": "datetime"},
   {"names": [["agent"], ["assignee"], ["assigned"]], "kind": "person_part"},
   {"names": [["satisfaction"], ["rating"], ["csat"]], "kind": "int", "min": 1, "max": 5}],
  "relations": [
   {"a": OPENED, "op": "<", "b": RESOLVED}]},

 # sports
 {"id": "b2_football", "description": "football league results with match date, home team, away team, home goals, away goals, total goals (home + away), stadium and attendance",
  "expect": [
   {"names": [["match", "date"], ["date"]], "kind": "date"},
   {"names": [["home", "team"], ["home"]], "kind": "label"},
   {"names": [["away", "team"], ["away"]], "kind": "label"},
   {"names": HOME_GOALS, "kind": "int", "min": 0, "max": 15},
   {"names": AWAY_GOALS, "kind": "int", "min": 0, "max": 15},
   {"names": TOTAL_GOALS, "kind": "int", "min": 0, "max": 30},
   {"names": [["stadium"], ["venue"]], "kind": "label"},
   {"names": [["attendance"], ["spectators"], ["crowd"]], "kind": "int", "min": 0}],
  "relations": [
   {"a": TOTAL_GOALS, "op": "sum", "b": [HOME_GOALS, AWAY_GOALS]}]},

 # real estate
 {"id": "b2_listings", "description": "Real estate listings: listing id, city, neighborhood, property type (apartment, house, condo, townhouse), bedrooms 1-6, bathrooms, size in square meters, asking price in EUR, price per square meter, listed date",
  "expect": [
   {"names": [["listing", "id"], ["id"]], "kind": "unique"},
   {"names": [["city"]], "kind": "label"},
   {"names": [["neighborhood"], ["neighbourhood"], ["district"], ["area", "name"]], "kind": "label"},
   {"names": [["property", "type"], ["type"]], "kind": "enum", "values": ["apartment", "house", "condo", "townhouse"]},
   {"names": [["bedrooms"], ["beds"], ["bedroom"]], "kind": "int", "min": 1, "max": 6},
   {"names": [["bathrooms"], ["baths"], ["bathroom"]], "kind": "number", "min": 0},
   {"names": PPSQM, "kind": "number", "min": 0},
   {"names": AREA, "kind": "number", "min": 0},
   {"names": ASKING, "kind": "number", "min": 0},
   {"names": [["listed"], ["listing", "date"], ["date"]], "kind": "date"}],
  "relations": [
   {"a": ASKING, "op": "product", "b": [PPSQM, AREA], "tol": 0.02}]},

 # travel
 {"id": "b2_flights", "description": "flight bookings: booking code (6 letters/digits), passenger name, departure airport and arrival airport as IATA codes, departure time, arrival time, cabin class economy/premium economy/business/first, fare in USD",
  "expect": [
   {"names": [["booking", "code"], ["pnr"], ["booking", "ref"], ["confirmation"], ["code"]], "kind": "regex", "values": [r"[A-Za-z0-9]{6}"]},
   {"names": [["passenger"], ["name"]], "kind": "person_part"},
   {"names": [["departure", "airport"], ["origin"], ["from", "airport"]], "kind": "code3"},
   {"names": [["arrival", "airport"], ["destination"], ["to", "airport"]], "kind": "code3"},
   {"names": DEP_TIME, "kind": "datetime"},
   {"names": ARR_TIME, "kind": "datetime"},
   {"names": [["cabin"], ["class"]], "kind": "enum", "values": ["economy", "premium economy", "business", "first"]},
   {"names": [["fare"], ["price"]], "kind": "number", "min": 0}],
  "relations": [
   {"a": DEP_TIME, "op": "<", "b": ARR_TIME}]},

 # restaurants
 {"id": "b2_restaurant_bills", "description": "Restaurant bills: bill id, table number (1-40), waiter name, number of guests 1-8, bill amount in EUR, tip (between 0 and 25% of the bill), payment method (cash, card), date and time",
  "expect": [
   {"names": [["bill", "id"], ["receipt"], ["id"]], "kind": "unique"},
   {"names": [["table"], ["table", "number"]], "kind": "int", "min": 1, "max": 40},
   {"names": [["waiter"], ["server"], ["staff"]], "kind": "person_part"},
   {"names": [["guests"], ["covers"], ["party", "size"], ["guest"]], "kind": "int", "min": 1, "max": 8},
   {"names": BILL, "kind": "number", "min": 0},
   {"names": TIP, "kind": "number", "min": 0},
   {"names": [["payment"], ["method"]], "kind": "enum", "values": ["cash", "card"]},
   {"names": [["datetime"], ["timestamp"], ["time"], ["date"]], "kind": "datetime"}],
  "relations": [
   {"a": TIP, "op": "between_ratio", "b": BILL, "min": 0, "max": 0.25}]},

 # manufacturing
 {"id": "b2_qc_log", "description": "Production line QC log -- batch number, machine (M1-M5), shift (morning, afternoon, night), units produced, defective units (never more than produced), inspection timestamp, operator",
  "expect": [
   {"names": [["batch"], ["batch", "number"], ["lot"]], "kind": "idlike"},
   {"names": [["machine"]], "kind": "enum", "values": ["M1", "M2", "M3", "M4", "M5"]},
   {"names": [["shift"]], "kind": "enum", "values": ["morning", "afternoon", "night"]},
   {"names": PRODUCED, "kind": "int", "min": 0},
   {"names": DEFECTIVE, "kind": "int", "min": 0},
   {"names": [["inspection"], ["timestamp"], ["inspected"]], "kind": "datetime"},
   {"names": [["operator"], ["inspector"]], "kind": "person_part"}],
  "relations": [
   {"a": DEFECTIVE, "op": "<=", "b": PRODUCED}]},

 # non-English locale
 {"id": "b2_german_customers", "description": "customer list of German customers: first name, last name, email, city, postal code, phone number, customer since",
  "expect": [
   {"names": [["first", "name"], ["firstname"], ["vorname"], ["first"]], "kind": "locale_name", "values": ["de_DE", "first"]},
   {"names": [["last", "name"], ["lastname"], ["surname"], ["nachname"], ["last"]], "kind": "locale_name", "values": ["de_DE", "last"]},
   {"names": [["email"]], "kind": "email"},
   {"names": [["city"], ["ort"], ["stadt"]], "kind": "label"},
   {"names": [["postal"], ["postcode"], ["zip"], ["plz"]], "kind": "regex", "values": [r"\d{5}"]},
   {"names": [["phone"], ["telephone"], ["telefon"]], "kind": "phone"},
   {"names": [["since"], ["customer", "since"], ["registered"], ["joined"], ["signup"]], "kind": "date"}]},

 # fitness
 {"id": "b2_gym_members", "description": "Gym members with member id, full name, age between 18 and 65, membership type (basic, premium, family), monthly fee, join date, last visit date (on or after the join date) and visits per month",
  "expect": [
   {"names": [["member", "id"], ["id"]], "kind": "unique"},
   {"names": [["full", "name"], ["name"]], "kind": "person_part"},
   {"names": [["age"]], "kind": "int", "min": 18, "max": 65},
   {"names": [["membership", "type"], ["membership"], ["type"], ["plan"]], "kind": "enum", "values": ["basic", "premium", "family"]},
   {"names": [["monthly", "fee"], ["fee"], ["price"]], "kind": "number", "min": 0},
   {"names": JOIN, "kind": "date"},
   {"names": LAST_VISIT, "kind": "date"},
   {"names": [["visits"], ["visits", "per", "month"]], "kind": "int", "min": 0}],
  "relations": [
   {"a": JOIN, "op": "<=", "b": LAST_VISIT}]},

 # e-commerce returns
 {"id": "b2_returns", "description": "product returns: return id, order id, product, return reason (damaged, wrong size, not as described, changed mind), original price, refund in USD never more than the original price, purchase date, return date after the purchase date",
  "expect": [
   {"names": [["return", "id"], ["rma"], ["return", "number"]], "kind": "unique"},
   {"names": [["order", "id"], ["order", "number"]], "kind": "idlike"},
   {"names": [["product"], ["item"]], "kind": "label"},
   {"names": [["reason"], ["return", "reason"]], "kind": "enum", "values": ["damaged", "wrong size", "not as described", "changed mind"]},
   {"names": ORIG_PRICE, "kind": "number", "min": 0},
   {"names": [["refund"], ["refunded"]], "kind": "number", "min": 0},
   {"names": PURCHASE, "kind": "date"},
   {"names": RETURN_DATE, "kind": "date"}],
  "relations": [
   {"a": [["refund"], ["refunded"]], "op": "<=", "b": ORIG_PRICE},
   {"a": PURCHASE, "op": "<", "b": RETURN_DATE}]},

 # healthcare (clinic)
 {"id": "b2_dental", "description": "Dental clinic appointments with appointment id, patient name, dentist, procedure (cleaning, filling, extraction, root canal, crown), start and end time, cost and the amount covered by insurance (not above the cost)",
  "expect": [
   {"names": [["appointment", "id"], ["id"]], "kind": "unique"},
   {"names": [["patient"], ["patient", "name"]], "kind": "person_part"},
   {"names": [["dentist"], ["doctor"], ["provider"]], "kind": "person_part"},
   {"names": [["procedure"], ["treatment"]], "kind": "enum", "values": ["cleaning", "filling", "extraction", "root canal", "crown"]},
   {"names": START, "kind": "datetime"},
   {"names": END, "kind": "datetime"},
   {"names": COST, "kind": "number", "min": 0},
   {"names": COVERED, "kind": "number", "min": 0}],
  "relations": [
   {"a": START, "op": "<", "b": END},
   {"a": COVERED, "op": "<=", "b": COST}]},

 # fleet / logistics
 {"id": "b2_fleet", "description": "fleet of delivery vans; vehicle id, license plate, make, model, year between 2012 and 2024, odometer in km, fuel type (diesel, petrol, electric), last service date, next service due",
  "expect": [
   {"names": [["vehicle", "id"], ["van", "id"], ["id"]], "kind": "unique"},
   {"names": [["license", "plate"], ["plate"], ["registration"]], "kind": "idlike"},
   {"names": [["make"], ["manufacturer"], ["brand"]], "kind": "category"},
   {"names": [["model"]], "kind": "text"},
   {"names": [["year"]], "kind": "int", "min": 2012, "max": 2024},
   {"names": [["odometer"], ["mileage"], ["km"]], "kind": "number", "min": 0},
   {"names": [["fuel"], ["fuel", "type"]], "kind": "enum", "values": ["diesel", "petrol", "electric"]},
   {"names": LAST_SERVICE, "kind": "date"},
   {"names": NEXT_SERVICE, "kind": "date"}],
  "relations": [
   {"a": LAST_SERVICE, "op": "<", "b": NEXT_SERVICE}]},

 # finance (markets)
 {"id": "b2_stock_quotes", "description": "Daily stock quotes for 10 tickers: date, ticker, company name, open, high, low, close (low <= open/close <= high), volume",
  "expect": [
   {"names": [["date"], ["trading", "date"]], "kind": "date"},
   {"names": TICKER, "kind": "regex", "values": [r"[A-Z]{1,5}"]},
   {"names": COMPANY, "kind": "label"},
   {"names": OPEN, "kind": "number", "min": 0},
   {"names": HIGH, "kind": "number", "min": 0},
   {"names": LOW, "kind": "number", "min": 0},
   {"names": CLOSE, "kind": "number", "min": 0},
   {"names": [["volume"]], "kind": "int", "min": 0}],
  "relations": [
   {"a": LOW, "op": "<=", "b": OPEN},
   {"a": OPEN, "op": "<=", "b": HIGH},
   {"a": LOW, "op": "<=", "b": CLOSE},
   {"a": CLOSE, "op": "<=", "b": HIGH},
   {"a": TICKER, "op": "maps", "b": COMPANY}]},

 # education (university)
 {"id": "b2_enrollments", "description": "University course enrollments with enrollment id, student email, course code like CS101, credits 1 to 6, semester (Fall 2024, Spring 2025), enrolled on, status (in progress, completed, dropped) and final grade, blank while the course is still in progress",
  "expect": [
   {"names": [["enrollment", "id"], ["enrolment", "id"], ["id"]], "kind": "unique"},
   {"names": [["email"]], "kind": "email"},
   {"names": [["course", "code"], ["course"]], "kind": "regex", "values": [r"[A-Z]{2,4} ?\d{3}"]},
   {"names": [["credits"], ["credit"], ["ects"]], "kind": "int", "min": 1, "max": 6},
   {"names": [["semester"], ["term"]], "kind": "enum", "values": ["Fall 2024", "Spring 2025"]},
   {"names": [["enrolled"], ["enrollment", "date"], ["enrolment", "date"]], "kind": "date"},
   {"names": STATUS, "kind": "enum", "values": ["in progress", "completed", "dropped"]},
   {"names": FINAL_GRADE, "kind": "sparse", "min": 0.05, "max": 0.95, "values": ["text"]}],
  "relations": [
   {"a": STATUS, "op": "implies", "in": ["in progress"], "then": FINAL_GRADE, "filled": False},
   {"a": STATUS, "op": "implies", "in": ["completed"], "then": FINAL_GRADE, "filled": True}]},

 # utilities / IoT
 {"id": "b2_smart_meters", "description": "Smart electricity meter readings per household: meter id, reading date, previous reading (kWh), current reading (kWh), consumption = current - previous, tariff (peak, off-peak), cost in GBP",
  "expect": [
   {"names": [["meter", "id"], ["meter"], ["household"]], "kind": "idlike"},
   {"names": [["reading", "date"], ["date"]], "kind": "date"},
   {"names": PREV, "kind": "number", "min": 0},
   {"names": CURR, "kind": "number", "min": 0},
   {"names": CONSUMPTION, "kind": "number", "min": 0},
   {"names": [["tariff"], ["rate"]], "kind": "enum", "values": ["peak", "off-peak", "off peak", "offpeak"]},
   {"names": [["cost"], ["amount"], ["charge"]], "kind": "number", "min": 0}],
  "relations": [
   {"a": CURR, "op": "sum", "b": [PREV, CONSUMPTION]},
   {"a": PREV, "op": "<=", "b": CURR}]},

 # HR (payroll)
 {"id": "b2_payroll", "description": "monthly payroll with employee number, employee name, gross pay, tax withheld, net pay (gross minus tax), pay date, bank IBAN",
  "expect": [
   {"names": [["employee", "number"], ["employee", "id"], ["employee", "no"]], "kind": "idlike"},
   {"names": [["employee", "name"], ["name"]], "kind": "person_part"},
   {"names": GROSS, "kind": "number", "min": 0},
   {"names": TAX, "kind": "number", "min": 0},
   {"names": NET, "kind": "number", "min": 0},
   {"names": [["pay", "date"], ["payment", "date"], ["date"]], "kind": "date"},
   {"names": [["iban"], ["bank"]], "kind": "regex", "values": [r"[A-Z]{2}\d{2}[A-Z0-9 ]{10,32}"]}],
  "relations": [
   {"a": GROSS, "op": "sum", "b": [NET, TAX]},
   {"a": TAX, "op": "<=", "b": GROSS}]},
]
