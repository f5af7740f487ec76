"""The English templates of the errors a user may read, listed for lupdate. GENERATED.

Errors carry templates that ``desk_app.ui.errors.error_text`` translates at run time, where
lupdate cannot see them; here each is once more as a literal. Do not edit: run
``python -m tests.error_templates --write`` (tests/test_error_catalogue.py says when).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES: tuple[object, ...] = (
    QT_TRANSLATE_NOOP(
        "Errors",
        "A VIN has 17 characters; this one has {length}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A VIN has only Latin letters and digits; “{char}” (character {position}) is neither.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A VIN never contains the letter {char} (character {position}): did you mean {digit}?",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A birthday cannot be in the future.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A goal is agreed between two different departments.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A goal is agreed in advance: choose today or a later date.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A phone number cannot contain letters: {text}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A plate has at most {limit} characters; this text has {length}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A plate has only letters and digits; “{char}” cannot be on one.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A score is from {low} to {high}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A slot lasts from 1 minute to {limit} hours.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A tax number has only letters and digits.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A warranty is from 0 to {limit} months.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A window must close after it opens, within one day.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A window's day must be Monday to Sunday.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A work already done stays on the order; change its price.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Add the extra works to order {number} first: there is nothing to ask about.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "An INN has 10 digits (an organisation) or 12 (an entrepreneur).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "An OGRN has 13 digits; an entrepreneur's OGRNIP has 15.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "An amount cannot be negative.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "An erased card cannot be merged.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "An order in “{source}” cannot go to “{target}”.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "An order waits for the client's approval only with proposed extra works: propose them, "
        "and the order moves by itself.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "An organisation has a 10-digit INN and a 13-digit OGRN; an entrepreneur a 12-digit INN "
        "and a 15-digit OGRNIP.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "At most {limit} characters fit here.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "At most {limit} damage marks fit on one diagram.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "At most {limit} parts fit on one order.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "At most {limit} rows fit in the table.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "At most {limit} works fit on one order.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Bring the item back before moving it.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Check the year of birth.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Choose a day after today.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Choose a mechanic who works here.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Choose a person or a company.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Choose at least one role.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Choose how satisfied the client is, from 1 to 5.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Choose how the client likes to be contacted.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Choose ok, attention or urgent.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Choose the work order whose car waits for the parts.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Choose two different cards to merge.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Connected to {where}: the database is empty; the application creates its tables at start.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Connected to {where}: the database is ready.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Connected to {where}: the database was made by an older version (schema {found}); it is "
        "upgraded at start, after a backup.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Copying {table} failed: {detail}. The shared database was left as it was.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Demo data goes only into an empty database; this one already has data.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Enter a number from {low} to {high}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Enter a number.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Enter a phone number to reach the client.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Enter the car's make.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Enter the client's name.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Enter the company's name.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Enter the item's name.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Enter the odometer reading as a whole number of kilometres, not “{text}”.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Enter the odometer reading in kilometres.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Enter the operation's code.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Enter the operation's name.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Enter the person's full name.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Enter the shop's name.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Give each item a name or a part number.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Give this criterion a score.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Keep the reason under {limit} characters.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Loading the demo shop was cancelled; nothing was added.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Mark {number} has an unknown kind of damage.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Mark {number} lies outside the diagram.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Moving the shop was cancelled; the shared database was left as it was.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Name the part.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Name the point.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Name the round, e.g. “Autumn 2026”.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Name the work.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing to issue on request {number}: no item is answered in stock, or all of them are "
        "issued already.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing to reserve on request {number}: no item answered in stock waits for it.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Only SQLite files and PostgreSQL servers are supported, not “{backend}”.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Only a SQLite database is copied file by file.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Only a booked appointment can be changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Only a mechanic working on order {number} can send it to the quality check.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Only a parts request puts the car on hold for parts.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Only parts are reserved and issued.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Only the master decides that a car waits for parts.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Only the quality check moves a car out of the check: pass it or fail it with the reason.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Only whoever filed request {number} and the department it is addressed to may see it.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Only whoever filed request {number} may cancel it.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Only whoever filed request {number} rates its answer.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Order {number} has no proposed works waiting for an answer.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Order {number} has no works left to hand over: add works to it first, or pick a bar with "
        "works still to do.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Order {number} is closed ({status}); a closed order does not move.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Order {number} is closed; a closed order cannot be reassigned.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Order {number} is closed; its works and prices no longer change.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Order {number} is closed; requests are filed for open orders.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Order {number} is not handed over yet: there is nothing to call back about.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Order {number} is not waiting for the quality check.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Order {order} is closed; no parts are issued to it.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Parts are issued to a work order: choose the order.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Parts of request {number} are already issued to the order; close it instead.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Pick the car, or enter a new one.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Pick the client, or enter a new one.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Rate from 1 to 5, or leave the score out.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Request {number} has already been taken.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Request {number} has no answer to rate yet; cancel it if you no longer need it.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Request {number} has no work order to issue the parts to.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Request {number} is addressed to {department}; you do not answer for it.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Request {number} is already answered; answer it again instead of rejecting it.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Request {number} is {status}; it can no longer be cancelled.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Request {number} is {status}; it can no longer be rated.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Request {number} is {status}; nothing more is done on it.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Russian plates use only the letters А, В, Е, К, М, Н, О, Р, С, Т, У, Х, not “{char}”. "
        "The plate is kept as typed: check it against the documents.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Say what is to be achieved, e.g. “trained fitters”.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Say what is wrong, for the mechanic.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Say what was not good: one bad answer must be on record.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Say what you need: write the request or list the items.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Say why the car goes back to work.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Say why the discount is given.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Say why the order is cancelled.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Say why the request is rejected.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Set the fuel level.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Set the time the car is promised for.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Some of the chosen lines are not on this order.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Someone at another desk has just dealt with this contact; the list shows it anew.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Someone else changed this {what} while you were editing it. Reload it to see their "
        "changes; your input is kept.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Someone else changed this {what} while you were editing it: {who} moved it to “{status}” "
        "at {when}. Reload it to see their changes; your input is kept.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Someone else changed this {what} while you were editing it: {who} saved it at {when}. "
        "Reload it to see their changes; your input is kept.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Something went wrong.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "That is too late: by then this contact has no point.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The VIN {vin} belongs to {vehicle} {plate} on file: pick that car instead.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The amount is too large.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The answer cannot come from the future.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The appointment was booked for another client.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The car no longer exists.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The car of this appointment is already accepted.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The check digit (character 9, “{char}”) does not match the rest of the VIN. Many makers "
        "outside North America do not use one, but compare the VIN with the documents.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The check digit (character 9, “{char}”) does not match the rest of the VIN: a character "
        "is probably mistyped.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The check digit of this number does not match: look for a typo.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The check digits of this INN do not match: look for a typo.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The client has not agreed to this work; it is not to be done.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The client has not answered on {count} proposed works yet: reception records his answer "
        "first.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The client's card no longer exists.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The code {code} is already used by “{name}”.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The copy of the database could not be made: {reason}",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The copy of {table} does not match: {source_rows} rows here, {target_rows} on the server "
        "(checksum {source_sum} against {target_sum}). The shared database was left as it was.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database file “{path}” cannot be opened: {detail}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database file “{path}” cannot be reached: {detail}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database is busy or out of reach; nothing was saved. Try again in a moment.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database is busy or out of reach; nothing was saved. Your form is kept: try saving "
        "again in a moment.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database needs an upgrade, but the copy taken before it could not be made, so "
        "nothing was changed: {reason}",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database server at {where} does not answer: no computer named “{host}” is known on "
        "the network. Check the name.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database server at {where} does not answer: {detail}",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database server at {where} does not answer: {detail}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database server at {where} does not answer: “{host}” cannot be reached. Check the "
        "name, the network and the server's firewall.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database server at {where} does not answer: “{host}” has no PostgreSQL server at "
        "port {port}. Check the port, and that the server is running.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database {where} already holds data ({table}: {rows} rows). Choose an empty "
        "database: the shop is never mixed with another one.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database “{path}” is busy: another window or program is writing to it.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database “{path}” is locked by another program.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The draft cannot be kept: {detail}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The extension {extension} is not kept with the number; write it in the notes.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The fact of this goal is recorded: its terms no longer change.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The file “{path}” cannot be written: {reason}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The first manager has already been created; log in instead.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The folder “{folder}” does not exist, so the database cannot be created there.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The form is too large to keep as a draft.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The fuel level is from 0 to 100 %.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The goal is due on {due}: before then only a fact that meets the target ({target}) can "
        "be recorded.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The logo may be at most {limit} MB.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The logo must be a PNG image.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The note of mark {number} is longer than {limit} characters.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The odometer reading cannot be negative.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The odometer shows {value} km, less than the {last} km recorded at the last visit. Check "
        "the reading and confirm it if it is right.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The password must have at least {count} characters.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The phone {phone} is on the card of {name}: pick that client instead.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The printer {printer} could not start the job.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The promised time has already passed.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The promised time has no time zone.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The promised time is from 1 to {limit} hours after intake.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The response time must be between 0 minutes and 30 days.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The results of “{title}” are shown once the round is closed.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The round “{title}” is already closed.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The round “{title}” is closed: ratings are no longer taken.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The round “{title}” is still open: close it before opening another.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The rule gives this client {allowed} %; a larger discount needs the finance department's "
        "approval.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The server at {where} asks for the password of user “{user}”.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The server at {where} does not accept user “{user}” from this computer: its "
        "administrator allows it in pg_hba.conf.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The server at {where} does not let user “{user}” log in.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The server at {where} has no database “{name}”. Create it once, e.g. “createdb -h {host} "
        "-p {port} -U {user} {name}”, and connect again.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The server at {where} refused the user name or password: check both.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The server at {where} refused the user name or password: it has no user “{user}”.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The shop can be moved only to a PostgreSQL server; {where} is not one.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The shop has no {department}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The slot has not started yet.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The time has no time zone.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The value cannot be negative.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The value cannot exceed {maximum}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The value must be more than zero.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The warranty is from 0 to {limit} months.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The year of manufacture is from {first} to {last}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The {what} no longer exists.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This VIN is already on file: {title} {plate}. Merge the cards instead.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This appointment was cancelled.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This car is already booked for a time that overlaps this one.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This client's card was anonymised; enter the client anew.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This client's data is already erased.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This client's data was erased at his request; the card is closed.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This client's personal data has been removed: he cannot be contacted.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This database was last used by a newer version of the application (schema {found}). "
        "Update the application before opening it.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This desk already works on {where}; there is nothing to move.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This desk's database is at schema {found}, not {head}. Restart the application to bring "
        "it up to date, then move it.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This is not a valid phone number: {text}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This is not a valid phone number: {text}. Check the country code after “+”.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This is not an e-mail address: {text}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This moment has already passed: choose a later one.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This operation is no longer on the price list.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This phone number has too many or too few digits: {text}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This phone number is too long: {text}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This phone number is too short: {text}. Include the area code.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This time has already passed.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This work order no longer exists.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Tick every point to pass, or fail the check and say why.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Two rows start at the same order value.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Two windows of one day overlap.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Unknown name or wrong password.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "User “{user}” may not connect to the database “{name}” at {where}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Works of order {number} can be ticked only while the car is in work.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Write down what the client asks for, or add a work.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Write the answer or answer the items.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Write who answered for the client.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "You cannot rate your own department.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "You cannot retire your own account.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "You cannot take the manager role from yourself.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "You have already rated {department} in this round.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Your own department answers these requests: ask your colleagues.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Your role does not allow this: {action}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{count} of the works on order {number} are not marked done yet.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{day} is already a closed day.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{text} looks like a phone number but is not in any known range: check it with the client.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{value} km is more than any car drives ({limit} km at most): check the reading.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{where} already holds tables of another program. Choose an empty database or one made by "
        "this application.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "“{criterion}” is not a criterion of the survey.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "“{file}” is not a copy of this application's database, so it was not restored.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "“{item}” has no price yet: answer with its price before issuing it.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "“{item}” is already issued to the order; it no longer changes.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "“{name}” already has an account.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "“{name}” is already on the list.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "“{name}” is on the inspection list twice.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” is a folder, not a database file.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” is not a database file.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "“{plate}” is neither a Russian nor a Chinese plate. It is kept as typed: check it "
        "against the registration document.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "“{url}” is not a database address.",
    ),
)
