<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="115"/>
        <source>The client answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="117"/>
        <source>Quality check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="119"/>
        <source>Quality check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="123"/>
        <source>Printed: {document}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="139"/>
        <source>Request to {department}: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="142"/>
        <source>{department} answered after {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="145"/>
        <source>{department} answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="156"/>
        <source>Price changed: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="158"/>
        <source>Discount changed: {old} % → {new} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="163"/>
        <source>Line removed: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="173"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="173"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="42"/>
        <source>{km} km</source>
        <translation>{km} км</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="48"/>
        <source>Regular since {date}: {visits} visits in 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="51"/>
        <source>Not regular: {visits} visits in 12 months ({needed} make a regular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="59"/>
        <source>no discount rows set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="61"/>
        <source>{percent} from {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="71"/>
        <source>no discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="76"/>
        <source>{low}–{high} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="82"/>
        <source>+ the extra for a car bought here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="83"/>
        <source>+{percent} bought here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="90"/>
        <source>{make}: {group} — {tiers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="91"/>
        <source>Unknown make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="101"/>
        <source>Next service: not known until a visit is handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="106"/>
        <source>Next service about {date}, when it reaches {km}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="110"/>
        <source>Next service by {date}, or at {km} if that comes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="114"/>
        <source>Next service by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="116"/>
        <source>Overdue — {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="123"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="123"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="44"/>
        <source>{score} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="224"/>
        <source>Applies now: the client is regular.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="226"/>
        <source>Applies once the client is regular.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="74"/>
        <source>Agrees to be reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="74"/>
        <source>Not to be reminded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcceptanceAct</name>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="56"/>
        <source>Customer&apos;s copy</source>
        <translation>Экземпляр заказчика</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="57"/>
        <source>Service&apos;s copy</source>
        <translation>Экземпляр исполнителя</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="63"/>
        <source>Work order</source>
        <translation>Заказ-наряд</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="77"/>
        <source>No. {number} of {date}</source>
        <translation>№ {number} от {date}</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="82"/>
        <source>Work order and vehicle acceptance act</source>
        <translation>Заказ-наряд и акт приёма-передачи автомобиля</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="88"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="90"/>
        <location filename="../../desk_app/documents/acceptance_act.py" line="142"/>
        <source>Customer</source>
        <translation>Заказчик</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="92"/>
        <source>Vehicle</source>
        <translation>Автомобиль</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="94"/>
        <source>Terms</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="97"/>
        <source>Order accepted</source>
        <translation>Дата приёма заказа</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="98"/>
        <source>Works to be done by</source>
        <translation>Срок выполнения работ</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="102"/>
        <source>Customer&apos;s complaints (in the customer&apos;s words)</source>
        <translation>Жалобы и неисправности (со слов заказчика)</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="105"/>
        <source>Works ordered</source>
        <translation>Перечень работ</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="107"/>
        <source>Parts and materials of the executor</source>
        <translation>Запчасти и материалы исполнителя</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="109"/>
        <source>Parts and materials supplied by the customer</source>
        <translation>Запчасти и материалы, предоставленные заказчиком</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="111"/>
        <source>Price and payment</source>
        <translation>Стоимость и оплата</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="114"/>
        <source>Preliminary estimate</source>
        <translation>Предварительная стоимость</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="115"/>
        <source>Prepayment received</source>
        <translation>Получена предоплата</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="119"/>
        <source>The price is preliminary. Works beyond this order are done only with the customer&apos;s consent. The balance is paid when the vehicle is handed over.</source>
        <translation>Стоимость является предварительной. Работы сверх настоящего заказа-наряда выполняются только с согласия заказчика. Оставшаяся сумма оплачивается при выдаче автомобиля.</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="127"/>
        <source>Warranty</source>
        <translation>Гарантия</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="131"/>
        <source>The customer has read the order, agrees with the list of works, the estimate and the terms, and has handed over the vehicle in the state described above.</source>
        <translation>Заказчик ознакомлен с заказом-нарядом, согласен с перечнем работ, предварительной стоимостью и условиями и передал автомобиль в состоянии, описанном выше.</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="141"/>
        <source>Accepted the vehicle</source>
        <translation>Автомобиль принял</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="156"/>
        <source>Completeness</source>
        <translation>Комплектность</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="161"/>
        <source>Not stated</source>
        <translation>Не указана</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="165"/>
        <source>Inspection at acceptance</source>
        <translation>Осмотр при приёмке</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="173"/>
        <source>Point</source>
        <translation>Пункт осмотра</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="174"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="175"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="186"/>
        <source>No visible damage marked.</source>
        <translation>Видимых повреждений не отмечено.</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="195"/>
        <source>Visible exterior damage and defects</source>
        <translation>Видимые наружные повреждения и дефекты</translation>
    </message>
</context>
<context>
    <name>AdminArea</name>
    <message>
        <location filename="../../desk_app/ui/admin/area.py" line="30"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/area.py" line="33"/>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/area.py" line="36"/>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/area.py" line="43"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="52"/>
        <source>The client&apos;s answer — {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="54"/>
        <source>Tick what the client agreed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="56"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="58"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="82"/>
        <source>e.g. asks to call when the car is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="86"/>
        <source>&amp;Answered by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="87"/>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="88"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="89"/>
        <source>C&amp;omment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="93"/>
        <source>Record the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="120"/>
        <source>Work</source>
        <translation type="unfinished">Работа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="120"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="122"/>
        <source>{kind}: {name} — {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="150"/>
        <source>Agreed {count} of {all}: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desk_app/app.py" line="142"/>
        <location filename="../../desk_app/app.py" line="153"/>
        <source>Demo shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/app.py" line="143"/>
        <source>This database already has data, so the demo shop was not added. Start with --db and a new file name to try the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/app.py" line="182"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentCalendar</name>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="77"/>
        <source>The week (or day) before (PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="79"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="80"/>
        <source>Back to today (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="83"/>
        <source>The week (or day) after (PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="88"/>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="89"/>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="99"/>
        <source>Show &amp;cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="195"/>
        <source>{day} (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="230"/>
        <source>No bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="232"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/appointments/calendar.py" line="238"/>
        <source>%n booking(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="250"/>
        <source>No bookings. Press “Book…” or double-click a free slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="287"/>
        <source>Booked by {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsPanel</name>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="81"/>
        <source>&amp;Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="84"/>
        <source>&amp;Arrived → start intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="86"/>
        <source>&amp;No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="88"/>
        <source>&amp;Cancel booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="170"/>
        <source>Select a booking to see it here. Double-click an empty slot to book it; ←/→ move between days, ↑/↓ between bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="182"/>
        <source>Reason: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="184"/>
        <source>Note: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="185"/>
        <source>Booked by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="234"/>
        <source>Booked {client} for {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="260"/>
        <source>{client} marked as a no-show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="270"/>
        <location filename="../../desk_app/ui/appointments/panel.py" line="276"/>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="272"/>
        <source>Cancel the booking of {client} on {when}?
Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="277"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="287"/>
        <source>The booking of {client} is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="68"/>
        <source>Book an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="90"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="102"/>
        <source>What the client asks for, in his words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="108"/>
        <source>e.g. call the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="120"/>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="121"/>
        <source>&amp;Car:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="122"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="123"/>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="124"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="125"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="134"/>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="165"/>
        <source>Car not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="192"/>
        <source>until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="199"/>
        <source>Find the client first: type a phone, a plate or a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallBacksTab</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="112"/>
        <source>Average score {average} of 5 from {count} call-backs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="118"/>
        <source>Call-back results are not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="120"/>
        <source>Nobody has called this client back after a visit yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardHeader</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="56"/>
        <source>Spent here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="101"/>
        <source>{count} visits in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="103"/>
        <source>Personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="106"/>
        <source>Erased on {date} at the client&apos;s request; the orders are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="114"/>
        <source>Regular client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="114"/>
        <source>Not regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="120"/>
        <source>No phone on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="126"/>
        <source>No regular client&apos;s discount yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="128"/>
        <source>Discount by the car&apos;s make and the order value; no car on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="132"/>
        <source>{car}: {range} by order value ({group})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="136"/>
        <source>, bought here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="138"/>
        <source>Discount: {cars}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="34"/>
        <source>Spare wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="35"/>
        <source>Jack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="36"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="37"/>
        <source>First-aid kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="38"/>
        <source>Warning triangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="39"/>
        <source>Fire extinguisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="40"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="41"/>
        <source>Valuables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="42"/>
        <source>Lights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="43"/>
        <source>Tyres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="44"/>
        <source>Brakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="45"/>
        <source>Fluids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="46"/>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="47"/>
        <source>Wipers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="48"/>
        <source>Windscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="49"/>
        <source>Dashboard warning lights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="54"/>
        <source>OK</source>
        <translation type="unfinished">Норма</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="55"/>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="56"/>
        <source>Urgent</source>
        <translation type="unfinished">Срочно</translation>
    </message>
</context>
<context>
    <name>ChecklistsSection</name>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="142"/>
        <source>Left in the car and inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="153"/>
        <source>Mark the rest OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="157"/>
        <source>Inspection (1 OK, 2 attention, 3 urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="205"/>
        <source>What was seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="30"/>
        <source>Filed</source>
        <translation type="unfinished">Подана</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="34"/>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="53"/>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="34"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="35"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="36"/>
        <source>To</source>
        <translation type="unfinished">Кому</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="37"/>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="58"/>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="38"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="49"/>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="30"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="54"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="56"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="61"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="54"/>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="36"/>
        <source>Car</source>
        <translation type="unfinished">Марка, модель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="56"/>
        <source>Year</source>
        <translation type="unfinished">Год выпуска</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="60"/>
        <source>Plate</source>
        <translation type="unfinished">Гос. номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="61"/>
        <source>VIN</source>
        <translation type="unfinished">VIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="62"/>
        <source>Bought here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="64"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="70"/>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="75"/>
        <source>Last odometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="81"/>
        <source>Next service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="40"/>
        <source>Odometer, km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="46"/>
        <source>Works</source>
        <translation type="unfinished">Работы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="49"/>
        <source>Parts</source>
        <translation type="unfinished">Запчасти</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="52"/>
        <source>Total</source>
        <translation type="unfinished">Итого</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="23"/>
        <source>Client is a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="24"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="25"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="26"/>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="27"/>
        <source>Birthday</source>
        <translation type="unfinished">День рождения</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="28"/>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="29"/>
        <source>Tax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="30"/>
        <source>Contact person</source>
        <translation type="unfinished">Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="31"/>
        <source>Company details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="32"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="33"/>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="34"/>
        <source>Address</source>
        <translation type="unfinished">Адрес</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="35"/>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="36"/>
        <source>Reminders and greetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="37"/>
        <source>Who sent the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="38"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="71"/>
        <source>Client card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="86"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="114"/>
        <source>&amp;Merge with another card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="117"/>
        <source>Erase personal &amp;data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="159"/>
        <source>Client — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="184"/>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="185"/>
        <source>Ve&amp;hicles ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="186"/>
        <source>&amp;Visits ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="187"/>
        <source>Re&amp;quests ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="188"/>
        <source>Call-&amp;backs ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="189"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="287"/>
        <source>The two cards are one now; every visit is on this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="305"/>
        <source>The client&apos;s personal data is erased; his orders are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientFields</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_contact_form.py" line="84"/>
        <source>Agrees to reminders and greetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contact_form.py" line="89"/>
        <source>Add another phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contact_form.py" line="262"/>
        <source>This is not a date: {text}. Type it as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="69"/>
        <source>Name</source>
        <translation type="unfinished">Наименование</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="71"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="76"/>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="78"/>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="80"/>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="83"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="89"/>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="94"/>
        <location filename="../../desk_app/ui/clients/client_list.py" line="122"/>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="105"/>
        <source>Search by name, phone, plate, VIN or e-mail — e.g. Иванов, 916 123, А123ВС</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="121"/>
        <source>Regular or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="123"/>
        <source>Not regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="129"/>
        <source>People and companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="130"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="131"/>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="134"/>
        <source>Reminders due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="137"/>
        <source>Only the clients on today&apos;s “To contact” list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="141"/>
        <location filename="../../desk_app/ui/clients/client_list.py" line="314"/>
        <source>Reminders are not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/clients/client_list.py" line="283"/>
        <source>%Ln client(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="283"/>
        <source>No clients yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="285"/>
        <source>More than {cap} match — type more to narrow the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="290"/>
        <source>No client matches “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="292"/>
        <source>No client matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="301"/>
        <source>{matched} of {total} match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="44"/>
        <source>Client</source>
        <translation type="unfinished">Клиент</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="45"/>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="46"/>
        <source>Car</source>
        <translation type="unfinished">Марка, модель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="47"/>
        <source>Plate</source>
        <translation type="unfinished">Гос. номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="69"/>
        <source>Phone, plate, VIN or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="92"/>
        <source>Nobody found. Check the number or type more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="99"/>
        <source>C&amp;hange client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientSearchBox</name>
    <message>
        <location filename="../../desk_app/ui/intake/search_box.py" line="64"/>
        <source>Phone, plate, VIN or name — e.g. 916 123, А123ВС</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/search_box.py" line="163"/>
        <source>No client or car matches “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/search_box.py" line="166"/>
        <source>The first {count} matches: type more to narrow them down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/search_box.py" line="175"/>
        <source>New client “{text}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/search_box.py" line="175"/>
        <source>New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/search_box.py" line="179"/>
        <source>New vehicle for {name}: “{text}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/search_box.py" line="180"/>
        <source>New vehicle for {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientSection</name>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="41"/>
        <source>Friends or family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="42"/>
        <source>Car park agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="43"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="44"/>
        <source>Maps and reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="45"/>
        <source>Passing by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="46"/>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="63"/>
        <source>Client</source>
        <translation type="unfinished">Клиент</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="68"/>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="80"/>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="121"/>
        <source>Agrees to reminders and greetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="123"/>
        <source>Search &amp;instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="130"/>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="131"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="132"/>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="133"/>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="135"/>
        <source>Client is a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="141"/>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="141"/>
        <source>Another phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="147"/>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="148"/>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="150"/>
        <source>Who sent the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="181"/>
        <source>No phone on file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsArea</name>
    <message>
        <location filename="../../desk_app/ui/clients/area.py" line="38"/>
        <source>Card file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/area.py" line="39"/>
        <source>To contact today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/area.py" line="48"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../desk_app/ui/orders/comment_dialog.py" line="62"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionSection</name>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="36"/>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="38"/>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="47"/>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="53"/>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="56"/>
        <source>The reading is &amp;right (confirm the lower value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="61"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="68"/>
        <source>In the client&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="77"/>
        <source>&amp;Odometer, km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="79"/>
        <source>&amp;Fuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="81"/>
        <source>&amp;Complaints and requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="99"/>
        <source>last {km}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_conflict.py" line="75"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_conflict.py" line="75"/>
        <source>Saved at the other desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_conflict.py" line="75"/>
        <source>Your input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_conflict.py" line="85"/>
        <source>Bold: changed at the other desk since you opened the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_conflict.py" line="87"/>
        <source>&amp;Reload (drop my input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_conflict.py" line="89"/>
        <source>&amp;Keep my input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="66"/>
        <source>Name</source>
        <translation type="unfinished">Наименование</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="67"/>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="114"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="68"/>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="113"/>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="69"/>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="70"/>
        <source>Address</source>
        <translation type="unfinished">Адрес</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="71"/>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="110"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="72"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="107"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="109"/>
        <source>Client</source>
        <translation type="unfinished">Клиент</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="111"/>
        <source>Due</source>
        <translation type="unfinished">К оплате</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="116"/>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactListPanel</name>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="143"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="147"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="151"/>
        <source>Print letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="156"/>
        <source>Service reminders shown, for clients who consented and left an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="159"/>
        <source>Mark shown as done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="162"/>
        <source>After a mailing: the reminders and greetings shown, all at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="167"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="188"/>
        <source>Reached…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="190"/>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="192"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="193"/>
        <source>Postpone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="194"/>
        <source>Open card</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/clients/contact_list.py" line="251"/>
        <source>%n to contact today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="253"/>
        <source>Nobody to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="385"/>
        <source>No answer three times: {name} is off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="387"/>
        <source>{name}: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="389"/>
        <source>No answer: {name} is on the list again tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="392"/>
        <source>{name}: put off until {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/clients/contact_list.py" line="398"/>
        <source>%n marked done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/clients/contact_list.py" line="399"/>
        <source>%n marked done, {taken} already taken by another desk.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="418"/>
        <source>Export the list for a mailing service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="420"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/clients/contact_list.py" line="430"/>
        <source>%n contact(s) exported to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="103"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="123"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="126"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="259"/>
        <source>The form now shows what is saved. Change it and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="268"/>
        <source>Your input is kept. Save to replace what the other desk saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="279"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="280"/>
        <source>Close the card and drop your changes to the client&apos;s details?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="67"/>
        <source>Client since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamageDiagram</name>
    <message>
        <location filename="../../desk_app/ui/damage/widget.py" line="95"/>
        <source>Click the car to place a mark of the chosen kind. Drag a mark to move it, double-click it to add a note, press Delete to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/widget.py" line="133"/>
        <source>{kind} ({letter}): click the car to place it. Key {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/damage/widget.py" line="234"/>
        <source>%n mark(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/widget.py" line="234"/>
        <source>No damage marked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <location filename="../../desk_app/ui/demo_loader.py" line="36"/>
        <source>Demo shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/demo_loader.py" line="37"/>
        <source>Preparing the demo shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/demo_loader.py" line="38"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/demo_loader.py" line="75"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramScene</name>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="61"/>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="62"/>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="63"/>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="64"/>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="65"/>
        <source>Rear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="266"/>
        <source>Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="266"/>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="269"/>
        <source>Kind of damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="276"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="54"/>
        <source>Discount — {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="60"/>
        <source>e.g. regular client, loyalty card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="61"/>
        <source>Discount, &amp;%:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="62"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="64"/>
        <source>Applies to the agreed works and parts; now {subtotal}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_duplicates.py" line="61"/>
        <source>Possibly the same client: {name} also has {shared}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_duplicates.py" line="68"/>
        <source>Open that card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_duplicates.py" line="77"/>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desk_app/ui/errors.py" line="63"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/errors.py" line="64"/>
        <source>Something went wrong inside the application. Your open forms are kept; save your work and restart if anything looks wrong.

Details were written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstManagerDialog</name>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="27"/>
        <source>Welcome — Service desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="31"/>
        <source>This database is new. Create the manager&apos;s account: the manager then adds the receptionists, masters, mechanics, parts clerks and finance staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="37"/>
        <source>e.g. Ivanova Maria Petrovna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="48"/>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="50"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="51"/>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="56"/>
        <source>Create and log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="58"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="72"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForgetDialog</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="47"/>
        <source>Erase the client&apos;s personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="52"/>
        <source>Erase the personal data of {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="58"/>
        <source>&lt;b&gt;Erased for good:&lt;/b&gt; the name, every phone, the e-mail and the address, the birthday, the company&apos;s details, the notes, who sent the client, the plates of the cars and the record of reminders and call-backs. Bookings still to come are cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="66"/>
        <source>&lt;b&gt;Kept:&lt;/b&gt; the card as “#{id}”, the cars without their plates, and every work order with its works, parts and money — the shop must keep them for accounting and warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="75"/>
        <source>The client asked to be forgotten. I understand this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="81"/>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="110"/>
        <source>Someone changed the card meanwhile; it shows their changes now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="112"/>
        <source>Erase again if the client still asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../desk_app/ui/intake/form_page.py" line="54"/>
        <source>◀ Day&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form_page.py" line="60"/>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form_page.py" line="62"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form_page.py" line="73"/>
        <source>Visible damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form_page.py" line="129"/>
        <source>Ready to save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GanttToolbar</name>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="79"/>
        <source>The day (or week) before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="81"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="84"/>
        <source>The day (or week) after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="93"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="94"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="96"/>
        <source>By bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="97"/>
        <source>By mechanic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverSheet</name>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="52"/>
        <source>Act of works done</source>
        <translation>Акт выполненных работ</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="59"/>
        <source>To work order No. {number} of {date}</source>
        <translation>К заказу-наряду № {number} от {date}</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="64"/>
        <source>Act of works done and vehicle handover</source>
        <translation>Акт выполненных работ и выдачи автомобиля</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="72"/>
        <source>Order accepted</source>
        <translation>Дата приёма заказа</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="74"/>
        <source>Vehicle handed over</source>
        <translation>Дата выдачи автомобиля</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="79"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="81"/>
        <source>Customer</source>
        <translation>Заказчик</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="83"/>
        <source>Vehicle at handover</source>
        <translation>Автомобиль при выдаче</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="85"/>
        <source>Works done</source>
        <translation>Выполненные работы</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="87"/>
        <source>Parts and materials used</source>
        <translation>Использованные запчасти и материалы</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="90"/>
        <source>Parts and materials supplied by the customer (not charged)</source>
        <translation>Запчасти и материалы, предоставленные заказчиком (не оплачиваются)</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="93"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="97"/>
        <source>Warranty</source>
        <translation>Гарантия</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="101"/>
        <source>The warranty period of each work is given in the table of works done.</source>
        <translation>Гарантийный срок на каждую работу указан в таблице выполненных работ.</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="116"/>
        <source>Received at handover</source>
        <translation>Получено при выдаче</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="126"/>
        <source>declined by the customer (not done)</source>
        <translation>отказ заказчика (не выполнялась)</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="129"/>
        <source>Proposed works declined by the customer</source>
        <translation>Предложенные работы, от которых заказчик отказался</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="131"/>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="131"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="143"/>
        <source>Recommendation for the next visit</source>
        <translation>Рекомендации к следующему визиту</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="154"/>
        <source>The customer has received the vehicle and has no claims as to its completeness and exterior.</source>
        <translation>Заказчик автомобиль получил, претензий к комплектности и внешнему виду не имеет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="169"/>
        <source>Handed over the vehicle</source>
        <translation>Автомобиль выдал</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="171"/>
        <source>Received the vehicle (customer)</source>
        <translation>Автомобиль получил (заказчик)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../desk_app/ui/orders/history_view.py" line="91"/>
        <source>Waited in all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_view.py" line="117"/>
        <source>Nothing has happened to this order yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_view.py" line="159"/>
        <source>{party}: {duration}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="58"/>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="59"/>
        <source>Defender of the Fatherland Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="60"/>
        <source>International Women&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="61"/>
        <source>Victory Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="62"/>
        <source>Russia Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="63"/>
        <source>Unity Day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InlineBar</name>
    <message>
        <location filename="../../desk_app/ui/intake/bars.py" line="44"/>
        <source>Close</source>
        <translation type="unfinished">Закрыть</translation>
    </message>
</context>
<context>
    <name>InlineForm</name>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="47"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="49"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="50"/>
        <source>OK</source>
        <translation>Норма</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="51"/>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="52"/>
        <source>Urgent</source>
        <translation>Срочно</translation>
    </message>
</context>
<context>
    <name>IntakeArea</name>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="88"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="91"/>
        <location filename="../../desk_app/ui/intake/overview.py" line="114"/>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="96"/>
        <location filename="../../desk_app/ui/intake/overview.py" line="119"/>
        <source>Client</source>
        <translation type="unfinished">Клиент</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="97"/>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="99"/>
        <location filename="../../desk_app/ui/intake/overview.py" line="121"/>
        <source>Vehicle</source>
        <translation type="unfinished">Автомобиль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="102"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="107"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="109"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="123"/>
        <source>Accepted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="51"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="52"/>
        <source>&amp;Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="88"/>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="148"/>
        <source>Another intake is being filled in: save it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="166"/>
        <source>An unfinished intake was kept: restore it or discard it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="189"/>
        <source>An unfinished intake from {when} was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="194"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="199"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="227"/>
        <source>Work order &lt;b&gt;{number}&lt;/b&gt; is saved: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="234"/>
        <source>Print acceptance act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="238"/>
        <source>Printing comes with the documents: not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="245"/>
        <source>Work order {number} is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeFormWidget</name>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="177"/>
        <source>Intake for a booked visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="177"/>
        <source>New intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="310"/>
        <source>Use this car and its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="312"/>
        <source>Use this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="349"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="352"/>
        <source>Discard this intake? What was typed will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="353"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeOverview</name>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="176"/>
        <source>◀ Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="177"/>
        <source>Next day ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="178"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="193"/>
        <location filename="../../desk_app/ui/intake/overview.py" line="291"/>
        <source>Accepted recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="202"/>
        <location filename="../../desk_app/ui/intake/overview.py" line="306"/>
        <source>New intake (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="206"/>
        <source>Accept the booked car (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="215"/>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="274"/>
        <source>Appointments on {day} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="276"/>
        <source>No appointments on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="291"/>
        <source>No vehicles accepted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="304"/>
        <source>Continue the intake (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeReadiness</name>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="24"/>
        <location filename="../../desk_app/ui/intake/readiness.py" line="25"/>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="26"/>
        <location filename="../../desk_app/ui/intake/readiness.py" line="27"/>
        <source>car</source>
        <translation type="unfinished">Вашего автомобиля</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="28"/>
        <source>odometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="29"/>
        <source>fuel level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="30"/>
        <source>complaints or a work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="31"/>
        <source>works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="32"/>
        <source>client&apos;s parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="33"/>
        <source>left in the car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="34"/>
        <source>inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="35"/>
        <source>damage marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="36"/>
        <source>estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="37"/>
        <source>prepayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="38"/>
        <source>promised time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="39"/>
        <source>appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="75"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="85"/>
        <source>To save, complete: {parts}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobSheet</name>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="88"/>
        <source>Plate</source>
        <translation type="unfinished">Гос. номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="89"/>
        <source>VIN</source>
        <translation type="unfinished">VIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="90"/>
        <source>Colour</source>
        <translation type="unfinished">Цвет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="91"/>
        <source>Bay</source>
        <translation type="unfinished">Пост</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="92"/>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="129"/>
        <source>No parts to fit on this car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="143"/>
        <source>Complaints (the client&apos;s words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="144"/>
        <source>My works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="145"/>
        <source>Parts to fit</source>
        <translation type="unfinished">Запчасти к установке</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="164"/>
        <source>Not promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="178"/>
        <source>No complaints written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="208"/>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="36"/>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="37"/>
        <source>Diagnosis</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="38"/>
        <source>Awaiting approval</source>
        <translation>Ждёт согласования</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="39"/>
        <source>Awaiting parts</source>
        <translation>Ждёт запчасти</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="40"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="41"/>
        <source>Quality check</source>
        <translation>Контроль качества</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="42"/>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="43"/>
        <source>Handed over</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="44"/>
        <location filename="../../desk_app/ui/labels.py" line="51"/>
        <location filename="../../desk_app/wording.py" line="35"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="48"/>
        <source>Booked</source>
        <translation>Записан</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="49"/>
        <source>Arrived</source>
        <translation>Приехал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="50"/>
        <source>No-show</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="55"/>
        <source>Person</source>
        <translation>Частное лицо</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="56"/>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="60"/>
        <source>Receptionist</source>
        <translation>Приёмщик</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="61"/>
        <source>Master</source>
        <translation>Мастер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="62"/>
        <source>Mechanic</source>
        <translation>Механик</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="63"/>
        <source>Parts clerk</source>
        <translation>Кладовщик</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="64"/>
        <source>Finance</source>
        <translation>Бухгалтер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="65"/>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="70"/>
        <source>Call-back</source>
        <translation>Контрольный звонок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="71"/>
        <source>Service due</source>
        <translation>Плановое ТО</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="72"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="73"/>
        <source>Holiday</source>
        <translation>Праздник</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="77"/>
        <source>domestic make</source>
        <translation>отечественная марка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="78"/>
        <source>foreign make</source>
        <translation>иномарка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="82"/>
        <source>Phone call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="83"/>
        <source>SMS</source>
        <translation>СМС</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="84"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="85"/>
        <source>Post</source>
        <translation>Почта</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="89"/>
        <source>Acceptance act</source>
        <translation>Заказ-наряд и акт приёма-передачи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="90"/>
        <source>Workshop sheet</source>
        <translation>Рабочий лист (для цеха)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="91"/>
        <source>Handover sheet</source>
        <translation>Акт выполненных работ</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="17"/>
        <source>Is the part in stock?</source>
        <translation>Есть ли запчасть в наличии?</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="18"/>
        <source>Reserve parts</source>
        <translation>Зарезервировать запчасти</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="19"/>
        <source>Issue parts</source>
        <translation>Выдать запчасти</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="20"/>
        <source>Order parts</source>
        <translation>Заказать запчасти</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="21"/>
        <source>Confirm prepayment</source>
        <translation>Подтвердить предоплату</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="22"/>
        <source>Approve a discount</source>
        <translation>Согласовать скидку</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="23"/>
        <source>Invoice a company</source>
        <translation>Выставить счёт организации</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="24"/>
        <source>Refund</source>
        <translation>Возврат денег</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="25"/>
        <source>Reimburse an expense</source>
        <translation>Возместить расходы</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="26"/>
        <source>Figures (revenue, receivables)</source>
        <translation>Показатели (выручка, задолженность)</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="30"/>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="31"/>
        <source>Taken</source>
        <translation>Принята</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="32"/>
        <source>Answered</source>
        <translation>Дан ответ</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="33"/>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="34"/>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="39"/>
        <source>Reception</source>
        <translation>Приёмка</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="40"/>
        <source>Workshop</source>
        <translation>Цех</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="41"/>
        <source>Parts department</source>
        <translation>Отдел запчастей</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="42"/>
        <source>Finance department</source>
        <translation>Бухгалтерия</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="43"/>
        <source>Management</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="47"/>
        <source>Scratch</source>
        <translation>Царапина</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="48"/>
        <source>Dent</source>
        <translation>Вмятина</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="49"/>
        <source>Chip</source>
        <translation>Скол</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="50"/>
        <source>Crack</source>
        <translation>Трещина</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="51"/>
        <source>Rust</source>
        <translation>Коррозия</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="52"/>
        <source>Missing part</source>
        <translation>Отсутствует деталь</translation>
    </message>
</context>
<context>
    <name>LetterPrinting</name>
    <message numerus="yes">
        <location filename="../../desk_app/ui/printing/letter_printing.py" line="59"/>
        <source>Making %n letter(s)…</source>
        <translation>
            <numerusform>Готовится %n письмо…</numerusform>
            <numerusform>Готовятся %n письма…</numerusform>
            <numerusform>Готовятся %n писем…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/letter_printing.py" line="64"/>
        <source>Reminder letters</source>
        <translation>Письма-напоминания</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/printing/letter_printing.py" line="65"/>
        <source>%n letter(s) ready to print.</source>
        <translation>
            <numerusform>%n письмо готово к печати.</numerusform>
            <numerusform>%n письма готовы к печати.</numerusform>
            <numerusform>%n писем готовы к печати.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/letter_printing.py" line="75"/>
        <source>The letters could not be made.</source>
        <translation>Не удалось подготовить письма.</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="66"/>
        <source>Add a work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="66"/>
        <source>Change the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="68"/>
        <source>Add a part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="68"/>
        <source>Change the part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="82"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="82"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="93"/>
        <source>The car is already in the shop: this line is proposed to the client and costs nothing until reception records that he agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="118"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="127"/>
        <source>Type to pick from the price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="128"/>
        <source>&amp;Work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="129"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="130"/>
        <source>Norm &amp;hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="131"/>
        <source>&amp;Rate per hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="132"/>
        <source>W&amp;arranty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="135"/>
        <source>&amp;Mechanic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="144"/>
        <source>The client brought it (not charged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="151"/>
        <source>&amp;Part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="152"/>
        <source>Part &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="153"/>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="154"/>
        <source>Unit pri&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="188"/>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineSection</name>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="51"/>
        <source>Works</source>
        <translation type="unfinished">Работы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="51"/>
        <source>Parts</source>
        <translation type="unfinished">Запчасти</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="53"/>
        <source>&amp;Add a work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="53"/>
        <source>Add a &amp;part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="54"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="55"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="56"/>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="122"/>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="57"/>
        <source>Tick the chosen work done, or not done after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="122"/>
        <source>Not &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineTables</name>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="48"/>
        <source>From order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="49"/>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="37"/>
        <source>Code</source>
        <translation type="unfinished">Код</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="38"/>
        <source>Work</source>
        <translation type="unfinished">Работа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="39"/>
        <source>Hours</source>
        <translation type="unfinished">Н/ч</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="40"/>
        <source>Rate</source>
        <translation type="unfinished">Цена н/ч</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="41"/>
        <source>Amount</source>
        <translation type="unfinished">Сумма</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="45"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="46"/>
        <source>Part number</source>
        <translation type="unfinished">Каталожный №</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="47"/>
        <source>Qty</source>
        <translation type="unfinished">Кол.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="32"/>
        <source>Log in — Service desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="36"/>
        <source>Who is at the desk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="55"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="57"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="62"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="64"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoyaltyPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="263"/>
        <source>A regular client ({visits} visits within {days} days) gets the discount of the highest row his order reaches, by the make of the car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="274"/>
        <source>Preview for an order of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="280"/>
        <source>Domestic makes (ZAZ, VAZ/Lada, GAZ, UAZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="281"/>
        <source>An order of {value} for a Lada: {result}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="287"/>
        <source>Foreign makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="288"/>
        <source>An order of {value} for a foreign car: {result}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoyaltySettingsBox</name>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="43"/>
        <source>Loyalty settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="48"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="49"/>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="51"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="52"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="53"/>
        <source>Reload the saved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="58"/>
        <source>Extra discount for a car bought here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="60"/>
        <source>Next service after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="61"/>
        <source>or after (whichever comes first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="62"/>
        <source>Call the client back after the handover in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="136"/>
        <source>The loyalty settings are saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="69"/>
        <source>Service desk — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="88"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="119"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="127"/>
        <source>Find a client by name, phone, plate or VIN, or an order by number  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="136"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="150"/>
        <source>{name} ({roles})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="153"/>
        <source>Database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="226"/>
        <source>Your role cannot search clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="238"/>
        <source>Order {number} ({vehicle}, {plate}) is ready: call {client}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="246"/>
        <source>{count} cars are ready: call their owners ({numbers}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkAllForm</name>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="149"/>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="152"/>
        <source>Do this once the mailing is sent. Call-backs are not included: each needs its own answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="167"/>
        <source>{kind}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="174"/>
        <source>Mark the %n contact(s) shown as done?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="57"/>
        <source>Merge two cards of one client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="60"/>
        <source>Every visit, car, booking and contact of the other card moves to the card you keep. The kept card&apos;s details stay; its empty fields are filled from the other card, and the notes are joined. The other card is then removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="69"/>
        <source>Find the other card: name, phone, plate or VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="81"/>
        <source>This card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="82"/>
        <source>The other card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="95"/>
        <source>Reload the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="105"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="132"/>
        <source>Keep this card&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="144"/>
        <source>Phones: {phones}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="145"/>
        <source>E-mail: {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="146"/>
        <source>Cars: {cars}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="147"/>
        <source>Visits: {count}, spent {money}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="150"/>
        <source>On file since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="157"/>
        <source>Find the other card above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneySection</name>
    <message>
        <location filename="../../desk_app/ui/intake/money_section.py" line="61"/>
        <source>Estimate and promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/money_section.py" line="98"/>
        <source>E&amp;stimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/money_section.py" line="99"/>
        <source>Prepayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/money_section.py" line="100"/>
        <source>Promised for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/money_section.py" line="101"/>
        <source>Accepted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/money_section.py" line="145"/>
        <source>Use the works&apos; total, {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/money_section.py" line="176"/>
        <source>Regular client&apos;s discount {percent}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneySummary</name>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="49"/>
        <source>Labour</source>
        <translation type="unfinished">Работы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="50"/>
        <source>Parts</source>
        <translation type="unfinished">Запчасти</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="52"/>
        <source>Subtotal</source>
        <translation type="unfinished">Всего</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="53"/>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="136"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="56"/>
        <source>Total</source>
        <translation type="unfinished">Итого</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="57"/>
        <source>Prepayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="58"/>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="143"/>
        <source>Balance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="67"/>
        <source>Change the discount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="79"/>
        <source>Record a prepayment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="100"/>
        <source>By the rule: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="103"/>
        <source>Apply {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="130"/>
        <source>Discount {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="137"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="143"/>
        <source>To refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="147"/>
        <source>Proposed extra works, not counted until the client agrees: +{amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyWork</name>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="43"/>
        <source>{done} of {total} works done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="29"/>
        <source>Brought by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="30"/>
        <source>From the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="41"/>
        <source>Part number</source>
        <translation type="unfinished">Каталожный №</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="42"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="44"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="50"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyWorkPanel</name>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="73"/>
        <source>My cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="76"/>
        <source>Nothing is assigned to you right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="92"/>
        <source>Send to quality check</source>
        <translation type="unfinished">На контроль качества</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="124"/>
        <source>When the master gives you works on a car, the car and its job show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="151"/>
        <source>My cars ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="183"/>
        <source>Sent to the quality check; the master checks the car now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="185"/>
        <source>Passed the quality check: the car is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="186"/>
        <source>The car is “{status}” now, not in work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="228"/>
        <source>Order {number} is sent to the quality check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../desk_app/ui/damage/mark_dialog.py" line="61"/>
        <source>e.g. 10 cm along the rear door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/mark_dialog.py" line="66"/>
        <source>Enter to keep, Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/mark_dialog.py" line="87"/>
        <source>Note: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="135"/>
        <source>No notes on this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="136"/>
        <source>Edit notes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../desk_app/ui/orders/order_actions.py" line="33"/>
        <source>Ask the client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_actions.py" line="35"/>
        <source>Record client&apos;s answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_actions.py" line="37"/>
        <source>Quality check…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="78"/>
        <source>Work order</source>
        <translation type="unfinished">Заказ-наряд</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="91"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="107"/>
        <source>&amp;Works and parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="108"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="154"/>
        <source>Order {number} — {vehicle}, {plate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="281"/>
        <source>Remove a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="282"/>
        <source>Remove “{name}” from order {number}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="289"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderFormDialog</name>
    <message>
        <location filename="../../desk_app/ui/orders/form_dialog.py" line="51"/>
        <source>Reloa&amp;d the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/form_dialog.py" line="124"/>
        <source>The order now shows the other changes. Your input is kept: check it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderHeader</name>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="52"/>
        <source>Plate</source>
        <translation type="unfinished">Гос. номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="53"/>
        <source>VIN</source>
        <translation type="unfinished">VIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="54"/>
        <source>Odometer</source>
        <translation type="unfinished">Пробег</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="55"/>
        <source>Client</source>
        <translation type="unfinished">Клиент</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="56"/>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="57"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="58"/>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="59"/>
        <source>Bay</source>
        <translation type="unfinished">Пост</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="60"/>
        <source>Master</source>
        <translation type="unfinished">Мастер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="89"/>
        <source>Order {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="101"/>
        <source>{km} km</source>
        <translation>{km} км</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="106"/>
        <source>{when}, {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="110"/>
        <source>not promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="112"/>
        <source>{when} — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="115"/>
        <source>not on a bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="118"/>
        <source>The client says: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="124"/>
        <source>Cancelled: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderHistory</name>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="34"/>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="35"/>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="36"/>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="37"/>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="38"/>
        <source>brought by the client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderLines</name>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="39"/>
        <source>the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="47"/>
        <source>Code</source>
        <translation type="unfinished">Код</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="48"/>
        <source>Work</source>
        <translation type="unfinished">Работа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="50"/>
        <source>Hours</source>
        <translation type="unfinished">Н/ч</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="54"/>
        <source>Rate</source>
        <translation type="unfinished">Цена н/ч</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="55"/>
        <location filename="../../desk_app/ui/orders/line_models.py" line="70"/>
        <source>Amount</source>
        <translation type="unfinished">Сумма</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="56"/>
        <source>Mechanic</source>
        <translation type="unfinished">Механик</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="57"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="58"/>
        <location filename="../../desk_app/ui/orders/line_models.py" line="75"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="62"/>
        <source>Part number</source>
        <translation type="unfinished">Каталожный №</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="63"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="65"/>
        <source>Qty</source>
        <translation type="unfinished">Кол.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="69"/>
        <source>Price</source>
        <translation type="unfinished">Цена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="72"/>
        <source>Supplied by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderList</name>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="114"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="125"/>
        <source>All open orders ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderPrinting</name>
    <message>
        <location filename="../../desk_app/ui/printing/order_printing.py" line="65"/>
        <source>&amp;Print</source>
        <translation>&amp;Печать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/order_printing.py" line="68"/>
        <source>Print a document of this order (Ctrl+P)</source>
        <translation>Печать документа по этому заказу (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/order_printing.py" line="73"/>
        <source>Acceptance act, two copies</source>
        <translation>Заказ-наряд и акт приёма-передачи, два экземпляра</translation>
    </message>
</context>
<context>
    <name>OrderTexts</name>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="22"/>
        <source>Start diagnosis</source>
        <translation>Начать диагностику</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="23"/>
        <source>Start work</source>
        <translation>Начать работу</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="24"/>
        <source>Wait for parts</source>
        <translation>Ждать запчасти</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="25"/>
        <source>Send to quality check</source>
        <translation>На контроль качества</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="26"/>
        <source>Hand over</source>
        <translation>Выдать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="27"/>
        <source>Cancel order</source>
        <translation>Отменить заказ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="32"/>
        <source>Back to work</source>
        <translation>Вернуть в работу</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="33"/>
        <source>Parts are here: start work</source>
        <translation>Запчасти пришли: в работу</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="39"/>
        <source>agreed</source>
        <translation>согласовано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="40"/>
        <source>proposed</source>
        <translation>предложено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="41"/>
        <source>declined</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="45"/>
        <source>Phone call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="46"/>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="47"/>
        <source>Text message</source>
        <translation>СМС</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="48"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="52"/>
        <source>Master</source>
        <translation>Мастер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="53"/>
        <source>Workshop</source>
        <translation>Цех</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="54"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="55"/>
        <source>Parts</source>
        <translation>Запчасти</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="56"/>
        <source>Quality check</source>
        <translation>Контроль качества</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="57"/>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="61"/>
        <source>waited {duration} for the master</source>
        <translation>ожидание мастера: {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="62"/>
        <source>{duration} in the workshop</source>
        <translation>в цехе: {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="63"/>
        <source>waited {duration} for the client</source>
        <translation>ожидание клиента: {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="64"/>
        <source>waited {duration} for parts</source>
        <translation>ожидание запчастей: {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="65"/>
        <source>waited {duration} for the quality check</source>
        <translation>ожидание контроля качества: {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="66"/>
        <location filename="../../desk_app/ui/orders/texts.py" line="78"/>
        <source>{duration}</source>
        <translation>{duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="71"/>
        <source>waiting for the master for {duration}</source>
        <translation>ждёт мастера уже {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="72"/>
        <source>in the workshop for {duration} now</source>
        <translation>в цехе уже {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="73"/>
        <source>waiting for the client for {duration}</source>
        <translation>ждёт клиента уже {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="74"/>
        <source>waiting for parts for {duration}</source>
        <translation>ждёт запчасти уже {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="75"/>
        <source>waiting for the quality check for {duration}</source>
        <translation>ждёт контроля качества уже {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="83"/>
        <source>Road test done, no noises or pulling</source>
        <translation>Пробная поездка: шумов и увода нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="84"/>
        <source>No leaks under the car</source>
        <translation>Под автомобилем нет подтёков</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="85"/>
        <source>Wheel nuts tightened to torque</source>
        <translation>Колёсные гайки затянуты с нужным моментом</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="86"/>
        <source>No warning lights on the dashboard</source>
        <translation>Контрольные лампы на панели приборов не горят</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="87"/>
        <source>Seats, wheel and floor clean; covers removed</source>
        <translation>Сиденья, руль и пол чистые; чехлы сняты</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="88"/>
        <source>Replaced parts packed for the client</source>
        <translation>Заменённые детали упакованы для клиента</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="132"/>
        <source>{days} d {hours} h</source>
        <translation>{days} д {hours} ч</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="136"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} ч {minutes} мин</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="140"/>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="141"/>
        <source>under a minute</source>
        <translation>меньше минуты</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="21"/>
        <location filename="../../desk_app/documents/sections.py" line="33"/>
        <location filename="../../desk_app/documents/sections.py" line="120"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="22"/>
        <location filename="../../desk_app/documents/sections.py" line="38"/>
        <source>Tax number (INN)</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="23"/>
        <source>Registration number (OGRN)</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="24"/>
        <location filename="../../desk_app/documents/sections.py" line="34"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="25"/>
        <location filename="../../desk_app/documents/sections.py" line="42"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="26"/>
        <location filename="../../desk_app/documents/sections.py" line="43"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="39"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="46"/>
        <source>Requisites</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="54"/>
        <source>Make and model</source>
        <translation>Марка, модель</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="55"/>
        <source>Year</source>
        <translation>Год выпуска</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="56"/>
        <source>Registration plate</source>
        <translation>Гос. номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="57"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="58"/>
        <source>Engine number</source>
        <translation>Номер двигателя</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="59"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="65"/>
        <source>Odometer</source>
        <translation>Пробег</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="66"/>
        <source>Fuel level</source>
        <translation>Уровень топлива</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="69"/>
        <source>Vehicle&apos;s value agreed by the parties</source>
        <translation>Стоимость автомобиля по соглашению сторон</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="78"/>
        <location filename="../../desk_app/documents/sections.py" line="115"/>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="82"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="83"/>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="84"/>
        <source>Hours</source>
        <translation>Н/ч</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="88"/>
        <source>Rate</source>
        <translation>Цена н/ч</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="88"/>
        <location filename="../../desk_app/documents/sections.py" line="127"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="91"/>
        <source>Warranty (months)</source>
        <translation>Гарантия, мес.</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="94"/>
        <source>Mechanic</source>
        <translation>Механик</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="119"/>
        <source>Part number</source>
        <translation>Каталожный №</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="121"/>
        <source>Qty</source>
        <translation>Кол.</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="126"/>
        <source>Declared value</source>
        <translation>Заявл. стоимость</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="126"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="145"/>
        <source>Labour</source>
        <translation>Работы</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="146"/>
        <source>Parts</source>
        <translation>Запчасти</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="147"/>
        <source>Subtotal</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="152"/>
        <source>Discount {percent}</source>
        <translation>Скидка {percent}</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="155"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="156"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="157"/>
        <source>Due</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/paper.py" line="169"/>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/paper.py" line="173"/>
        <source>Date: ____ . ____ . ________</source>
        <translation>Дата: ____ . ____ . ________</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/page.py" line="132"/>
        <source>Page {number} of {total}</source>
        <translation>Стр. {number} из {total}</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/words.py" line="71"/>
        <source>{km} km</source>
        <translation>{km} км</translation>
    </message>
</context>
<context>
    <name>PostponeForm</name>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="132"/>
        <source>Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="139"/>
        <source>Put off {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepaymentDialog</name>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="84"/>
        <source>Prepayment — {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="88"/>
        <source>&amp;Paid so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="91"/>
        <source>The whole amount the client has paid in advance (it replaces {old}); the order&apos;s total is {total}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="104"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="106"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="108"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="114"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="118"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="122"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="168"/>
        <source>The document cannot be shown or printed: the PDF could not be read ({reason}). It can still be saved as a file.</source>
        <translation>Документ нельзя показать или напечатать: не удалось прочитать PDF ({reason}). Его можно сохранить в файл.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="175"/>
        <source>not a valid PDF</source>
        <translation>неверный формат файла</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="176"/>
        <source>it is protected by a password</source>
        <translation>он защищён паролем</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="177"/>
        <source>unsupported protection</source>
        <translation>неподдерживаемый способ защиты</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="178"/>
        <source>the data is incomplete</source>
        <translation>данные неполные</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="180"/>
        <source>unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="184"/>
        <source>Page {page} of {count}</source>
        <translation>Стр. {page} из {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="226"/>
        <source>Print {title}</source>
        <translation>Печать: {title}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="258"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="258"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="269"/>
        <source>The file could not be saved: {reason}</source>
        <translation>Не удалось сохранить файл: {reason}</translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="37"/>
        <source>Quality check — {number}, {vehicle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="44"/>
        <source>Every car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="46"/>
        <source>The works done on this car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="73"/>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="87"/>
        <source>A note if it passes; what is wrong, for the mechanic, if it fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="89"/>
        <source>&amp;Comment or reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="94"/>
        <source>&amp;Pass: the car is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="98"/>
        <source>&amp;Fail: back to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="132"/>
        <source>{ticked} of {all} points ticked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReachedForm</name>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="98"/>
        <source>1 — very unhappy, 5 — delighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="102"/>
        <source>What the client said about the car and us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="103"/>
        <source>Satisfaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="104"/>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="115"/>
        <source>Call-back to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="117"/>
        <source>last time: {score} of 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderLetter</name>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="80"/>
        <source>Service reminders</source>
        <translation>Напоминания о техобслуживании</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="150"/>
        <source>Regular maintenance keeps your car safe and reliable, and costs less than a repair.</source>
        <translation>Регулярное техобслуживание помогает Вашему автомобилю оставаться безопасным и надёжным, а обходится дешевле ремонта.</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="156"/>
        <source>Our address: {address}.</source>
        <translation>Наш адрес: {address}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="159"/>
        <source>We look forward to seeing you.</source>
        <translation>Будем рады видеть Вас!</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="163"/>
        <source>Dear {name},</source>
        <translation>Здравствуйте, {name}!</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="169"/>
        <source>Kind regards,</source>
        <translation>С уважением,</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="176"/>
        <source>car</source>
        <translation>Вашего автомобиля</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="179"/>
        <source>According to our records, your {car} is due for its next scheduled service by {date} or at {km}, whichever comes first.</source>
        <translation>По нашим данным, очередное плановое техобслуживание для {car} нужно пройти до {date} или при пробеге {km} — в зависимости от того, что наступит раньше.</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="186"/>
        <source>According to our records, your {car} is due for its next scheduled service by {date}.</source>
        <translation>По нашим данным, очередное плановое техобслуживание для {car} нужно пройти до {date}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="192"/>
        <source>According to our records, your {car} is due for its next scheduled service.</source>
        <translation>По нашим данным, для {car} подошёл срок очередного планового техобслуживания.</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="201"/>
        <source>To book a convenient time, call us at {phone} or write to {email}.</source>
        <translation>Чтобы записаться на удобное время, позвоните нам по телефону {phone} или напишите на {email}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="205"/>
        <source>To book a convenient time, contact us: {contact}.</source>
        <translation>Чтобы записаться на удобное время, свяжитесь с нами: {contact}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="207"/>
        <source>To book a convenient time, call us or drop in.</source>
        <translation>Чтобы записаться на удобное время, позвоните нам или приезжайте.</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="58"/>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="64"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="73"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="78"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="84"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="90"/>
        <source>Rated “good”, 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="175"/>
        <source>Shop summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="179"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="189"/>
        <source>Open work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="190"/>
        <source>Cars accepted today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="193"/>
        <source>Time to handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="216"/>
        <source>Open work orders by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="221"/>
        <source>Internal requests by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="225"/>
        <source>“Rated good” is the share of answers their requesters rated good. One “not good” weighs heavily: read what went wrong with that department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="256"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="270"/>
        <source>as of {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/reports/area.py" line="274"/>
        <source>%n ready for handover</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="278"/>
        <source>{count} this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/reports/area.py" line="283"/>
        <location filename="../../desk_app/ui/reports/area.py" line="288"/>
        <source>%n order(s) handed over</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="284"/>
        <location filename="../../desk_app/ui/reports/area.py" line="289"/>
        <source>Revenue, {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="298"/>
        <source>no cars handed over in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/reports/area.py" line="300"/>
        <source>average of %n car(s) handed over in 90 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="303"/>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="304"/>
        <source>{days} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestQueue</name>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="240"/>
        <source>Nobody has asked your departments for anything yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="241"/>
        <source>No open requests to your departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="243"/>
        <source>You have not filed any requests yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="244"/>
        <source>None of your requests is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestSlip</name>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="77"/>
        <source>Internal request</source>
        <translation>Внутренняя заявка</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="84"/>
        <source>Request No. {number} of {date}</source>
        <translation>Заявка № {number} от {date}</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="93"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="94"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="95"/>
        <source>Requested by</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="96"/>
        <source>Filed</source>
        <translation>Подана</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="97"/>
        <source>Needed by</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="98"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="99"/>
        <source>Taken by</source>
        <translation>Взял в работу</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="101"/>
        <source>Work order</source>
        <translation>Заказ-наряд</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="102"/>
        <source>Not linked</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="109"/>
        <source>Vehicle</source>
        <translation>Автомобиль</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="112"/>
        <source>Car</source>
        <translation>Марка, модель</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="113"/>
        <source>Plate</source>
        <translation>Гос. номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="114"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="120"/>
        <source>What is asked</source>
        <translation>Что требуется</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="127"/>
        <source>Parts</source>
        <translation>Запчасти</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="133"/>
        <source>Issued by</source>
        <translation>Выдал</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="134"/>
        <source>Received by</source>
        <translation>Получил</translation>
    </message>
</context>
<context>
    <name>RequestsArea</name>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="58"/>
        <source>{status}, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="68"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="70"/>
        <source>Not good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="113"/>
        <source>From</source>
        <translation type="unfinished">От кого</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="118"/>
        <source>To</source>
        <translation type="unfinished">Кому</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="123"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="129"/>
        <source>Needed by</source>
        <translation type="unfinished">Срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="133"/>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="135"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="136"/>
        <source>Vehicle</source>
        <translation type="unfinished">Автомобиль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="138"/>
        <source>Work order</source>
        <translation type="unfinished">Заказ-наряд</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="141"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="159"/>
        <source>Filed {moment} by {name} ({department})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="266"/>
        <source>Show &amp;closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="268"/>
        <source>Also list requests that were closed, rejected or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="287"/>
        <source>&amp;Print slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="289"/>
        <source>Print the chosen request for its counter (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="304"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="329"/>
        <source>Choose a request in the list to print its slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="339"/>
        <source>Request slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="344"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="344"/>
        <source>My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="348"/>
        <source>{name} ({count}, {overdue} overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="351"/>
        <source>{name} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="79"/>
        <source>No internal request concerned this client&apos;s orders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../desk_app/ui/intake/search_results.py" line="31"/>
        <source>No car on file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="65"/>
        <source>e.g. ООО or ИП</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="66"/>
        <source>10 digits, or 12 for an entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="68"/>
        <source>13 digits, or 15 for an entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="78"/>
        <source>Choose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="80"/>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="82"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="84"/>
        <source>Reload the saved details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="102"/>
        <source>How the shop is named on every printed act, sheet and letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="114"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="115"/>
        <source>&amp;Legal form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="116"/>
        <source>&amp;INN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="117"/>
        <source>&amp;OGRN / OGRNIP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="118"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="119"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="120"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="124"/>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="126"/>
        <source>&amp;Warranty text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="202"/>
        <source>The shop&apos;s details are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="209"/>
        <source>Choose the shop&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="209"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="220"/>
        <source>Cannot read {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="234"/>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="244"/>
        <source>Not a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopTimeline</name>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_items.py" line="123"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_items.py" line="125"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_items.py" line="130"/>
        <location filename="../../desk_app/ui/timeline/gantt_appointments.py" line="77"/>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_items.py" line="132"/>
        <location filename="../../desk_app/ui/timeline/gantt_appointments.py" line="78"/>
        <source>Vehicle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_items.py" line="135"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_items.py" line="136"/>
        <source>Accepted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_items.py" line="137"/>
        <source>Promised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_rulers.py" line="115"/>
        <location filename="../../desk_app/ui/timeline/gantt_appointments.py" line="87"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_rulers.py" line="122"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_rulers.py" line="125"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_appointments.py" line="71"/>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="63"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_appointments.py" line="74"/>
        <source>Booked for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_appointments.py" line="79"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="61"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_layout.py" line="55"/>
        <source>No bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_layout.py" line="56"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopTimelineWidget</name>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="137"/>
        <source>Bays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="137"/>
        <source>Mechanics</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="147"/>
        <source>%n car(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="149"/>
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="151"/>
        <source>%n booked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="220"/>
        <source>Order {number} moved to {lane}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="222"/>
        <source>Order {number}: works handed over to {lane}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopWatcher</name>
    <message>
        <location filename="../../desk_app/ui/live_updates.py" line="153"/>
        <source>Live updates paused: the database does not answer. Trying again every {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="43"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="45"/>
        <source>Change {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="53"/>
        <source>Surname, first name and patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="55"/>
        <source>e.g. Senior receptionist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="71"/>
        <source>Leave empty to keep the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="84"/>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="86"/>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="87"/>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="91"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="91"/>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="93"/>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="98"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="98"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="122"/>
        <source>Department: {department}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="129"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="50"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="51"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="56"/>
        <source>Name</source>
        <translation type="unfinished">Наименование</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="62"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="68"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="74"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="80"/>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="121"/>
        <source>&amp;Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="123"/>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="124"/>
        <source>Change the position, roles or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="126"/>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="233"/>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="198"/>
        <source>{name} is back at work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="198"/>
        <source>{name} is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="221"/>
        <source>{name} was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="221"/>
        <source>{name} was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="233"/>
        <source>&amp;Bring back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBoard</name>
    <message>
        <location filename="../../desk_app/ui/timeline/cards.py" line="52"/>
        <source>No promised time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/cards.py" line="76"/>
        <source>today {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/cards.py" line="78"/>
        <source>tomorrow {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/cards.py" line="100"/>
        <source>Due {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="69"/>
        <source>No bay yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="110"/>
        <source>No cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="141"/>
        <source>Status board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="145"/>
        <source>All open orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="146"/>
        <source>Today&apos;s orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="147"/>
        <source>Cars accepted today or promised for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="259"/>
        <source>Cars: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="261"/>
        <source>Overdue: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierTableBox</name>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="88"/>
        <source>Reload the saved table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="91"/>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="92"/>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="93"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="94"/>
        <source>Show the saved table again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="95"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="156"/>
        <source>&quot;{table}&quot; is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="206"/>
        <source>Type an order value above to see its discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="210"/>
        <source>no discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="212"/>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="215"/>
        <source>A car bought here gets {extra} % more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="230"/>
        <source>Row {row}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineArea</name>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="57"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="59"/>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="65"/>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="66"/>
        <source>Vehicle</source>
        <translation type="unfinished">Автомобиль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="67"/>
        <source>Plate</source>
        <translation type="unfinished">Гос. номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="68"/>
        <source>Client</source>
        <translation type="unfinished">Клиент</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="69"/>
        <source>Bay</source>
        <translation type="unfinished">Пост</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="70"/>
        <source>Master</source>
        <translation type="unfinished">Мастер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="72"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/area.py" line="56"/>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/area.py" line="62"/>
        <source>Cars in the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/area.py" line="83"/>
        <location filename="../../desk_app/ui/timeline/area.py" line="94"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/area.py" line="84"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/area.py" line="85"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/area.py" line="113"/>
        <source>{count} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/area.py" line="113"/>
        <source>None overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleFormDialog</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="64"/>
        <source>Edit the car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="64"/>
        <source>Add a car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="69"/>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="70"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="71"/>
        <source>Year</source>
        <translation type="unfinished">Год выпуска</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="72"/>
        <source>Plate</source>
        <translation type="unfinished">Гос. номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="73"/>
        <source>VIN</source>
        <translation type="unfinished">VIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="74"/>
        <source>Engine number</source>
        <translation type="unfinished">Номер двигателя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="75"/>
        <source>Colour</source>
        <translation type="unfinished">Цвет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="83"/>
        <source>Bought at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="212"/>
        <source>This car is no longer on the client&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="237"/>
        <source>Your input is kept. Save to replace what the other desk saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleSection</name>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="49"/>
        <source>Car</source>
        <translation type="unfinished">Марка, модель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="57"/>
        <source>Other car…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="75"/>
        <source>17 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="76"/>
        <source>А123ВС77</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="83"/>
        <source>&amp;Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="84"/>
        <source>Mo&amp;del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="85"/>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="86"/>
        <source>&amp;Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="87"/>
        <source>&amp;VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="88"/>
        <source>&amp;Engine number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="89"/>
        <source>Colour</source>
        <translation type="unfinished">Цвет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="167"/>
        <source>VIN {vin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="170"/>
        <source>First visit: no odometer reading on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="172"/>
        <source>Last odometer: {km} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="195"/>
        <source>From the VIN: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="215"/>
        <source>The year of manufacture is from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehiclesTab</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="110"/>
        <source>&amp;Edit car…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="113"/>
        <source>&amp;Add car…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="205"/>
        <source>No car on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="216"/>
        <source>Next service: not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsTable</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="80"/>
        <source>Double-click a visit to open its work order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorksSection</name>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="72"/>
        <source>Works and the client&apos;s parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="79"/>
        <source>Add a work: type a code or a name from the price list, or any text; Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="94"/>
        <source>Remove the selected work (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="106"/>
        <source>Add a part the client brought: its name; Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="112"/>
        <source>Remove the selected part (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="117"/>
        <source>Parts supplied by the client (not charged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="136"/>
        <source>Work {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="139"/>
        <source>Part {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="152"/>
        <source>{code}  {name} — {hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="225"/>
        <source>Total: {hours} h, {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="229"/>
        <source>No works yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopSheet</name>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="53"/>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="65"/>
        <source>Workshop sheet</source>
        <translation>Рабочий лист (для цеха)</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="60"/>
        <source>To work order No. {number} of {date}</source>
        <translation>К заказу-наряду № {number} от {date}</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="69"/>
        <source>Accepted</source>
        <translation>Дата приёма</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="70"/>
        <source>To be ready by</source>
        <translation>Срок готовности</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="71"/>
        <source>Master</source>
        <translation>Мастер</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="72"/>
        <source>Bay</source>
        <translation>Пост</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="75"/>
        <source>Vehicle</source>
        <translation>Автомобиль</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="77"/>
        <source>Customer&apos;s complaints (verbatim)</source>
        <translation>Жалобы заказчика (дословно)</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="79"/>
        <source>Works</source>
        <translation>Работы</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="81"/>
        <source>Parts to fit</source>
        <translation>Запчасти к установке</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="83"/>
        <source>Parts supplied by the customer</source>
        <translation>Запчасти заказчика</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="95"/>
        <source>Quality check before the car is ready</source>
        <translation>Контроль качества перед выдачей</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="98"/>
        <source>Works done (mechanic)</source>
        <translation>Работы выполнил (механик)</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="99"/>
        <source>Checked by the master</source>
        <translation>Проверил (мастер)</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="103"/>
        <source>No check points.</source>
        <translation>Пунктов проверки нет.</translation>
    </message>
</context>
<context>
    <name>_MoneyDialog</name>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="34"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
