<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>{km} 公里</translation>
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
        <translation>客户联</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="57"/>
        <source>Service&apos;s copy</source>
        <translation>承修方联</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="63"/>
        <source>Work order</source>
        <translation>维修委托书</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="77"/>
        <source>No. {number} of {date}</source>
        <translation>编号：{number}，日期：{date}</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="82"/>
        <source>Work order and vehicle acceptance act</source>
        <translation>维修委托书及车辆交接单</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="88"/>
        <source>Executor</source>
        <translation>承修方</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="90"/>
        <location filename="../../desk_app/documents/acceptance_act.py" line="142"/>
        <source>Customer</source>
        <translation>托修方（客户）</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="92"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="94"/>
        <source>Terms</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="97"/>
        <source>Order accepted</source>
        <translation>接车时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="98"/>
        <source>Works to be done by</source>
        <translation>预计完工时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="102"/>
        <source>Customer&apos;s complaints (in the customer&apos;s words)</source>
        <translation>客户故障描述（客户原话）</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="105"/>
        <source>Works ordered</source>
        <translation>委托维修项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="107"/>
        <source>Parts and materials of the executor</source>
        <translation>承修方提供的配件及材料</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="109"/>
        <source>Parts and materials supplied by the customer</source>
        <translation>客户自带配件及材料</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="111"/>
        <source>Price and payment</source>
        <translation>费用及付款</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="114"/>
        <source>Preliminary estimate</source>
        <translation>预估费用</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="115"/>
        <source>Prepayment received</source>
        <translation>已收预付款</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="119"/>
        <source>The price is preliminary. Works beyond this order are done only with the customer&apos;s consent. The balance is paid when the vehicle is handed over.</source>
        <translation>以上费用为预估费用。超出本委托书范围的作业须经客户同意后方可进行。余款于交车时结清。</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="127"/>
        <source>Warranty</source>
        <translation>质保</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="131"/>
        <source>The customer has read the order, agrees with the list of works, the estimate and the terms, and has handed over the vehicle in the state described above.</source>
        <translation>客户已阅读本委托书，同意所列维修项目、预估费用及各项条款，并已按上述车况交付车辆。</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="141"/>
        <source>Accepted the vehicle</source>
        <translation>接车人</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="156"/>
        <source>Completeness</source>
        <translation>随车物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="161"/>
        <source>Not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="165"/>
        <source>Inspection at acceptance</source>
        <translation>接车检查</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="173"/>
        <source>Point</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="174"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="175"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="186"/>
        <source>No visible damage marked.</source>
        <translation>未标注可见损伤。</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="195"/>
        <source>Visible exterior damage and defects</source>
        <translation>外观损伤及缺陷</translation>
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
        <translation type="unfinished">维修项目</translation>
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
        <translation type="unfinished">正常</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="55"/>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="56"/>
        <source>Urgent</source>
        <translation type="unfinished">紧急</translation>
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
        <translation type="unfinished">提交时间</translation>
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
        <translation type="unfinished">受理部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="37"/>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="58"/>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
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
        <translation type="unfinished">品牌车型</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="56"/>
        <source>Year</source>
        <translation type="unfinished">出厂年份</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="60"/>
        <source>Plate</source>
        <translation type="unfinished">车牌号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="61"/>
        <source>VIN</source>
        <translation type="unfinished">车架号 (VIN)</translation>
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
        <translation type="unfinished">维修项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="49"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="52"/>
        <source>Total</source>
        <translation type="unfinished">合计</translation>
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
        <translation type="unfinished">生日</translation>
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
        <translation type="unfinished">联系人</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="34"/>
        <source>Address</source>
        <translation type="unfinished">地址</translation>
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
        <translation type="unfinished">名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="71"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="76"/>
        <source>Phone</source>
        <translation type="unfinished">电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="78"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="45"/>
        <source>Phone</source>
        <translation type="unfinished">电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="46"/>
        <source>Car</source>
        <translation type="unfinished">品牌车型</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="47"/>
        <source>Plate</source>
        <translation type="unfinished">车牌号</translation>
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
        <translation type="unfinished">客户</translation>
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
        <translation type="unfinished">电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="148"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">名称</translation>
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
        <translation type="unfinished">电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="69"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="70"/>
        <source>Address</source>
        <translation type="unfinished">地址</translation>
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
        <translation type="unfinished">客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="111"/>
        <source>Due</source>
        <translation type="unfinished">应付</translation>
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
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/clients/contact_list.py" line="399"/>
        <source>%n marked done, {taken} already taken by another desk.</source>
        <translation type="unfinished">
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
        <translation>竣工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="59"/>
        <source>To work order No. {number} of {date}</source>
        <translation>对应维修工单：{number}（{date}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="64"/>
        <source>Act of works done and vehicle handover</source>
        <translation>竣工交车单</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="72"/>
        <source>Order accepted</source>
        <translation>接车时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="74"/>
        <source>Vehicle handed over</source>
        <translation>交车时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="79"/>
        <source>Executor</source>
        <translation>承修方</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="81"/>
        <source>Customer</source>
        <translation>托修方（客户）</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="83"/>
        <source>Vehicle at handover</source>
        <translation>交车时车辆状况</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="85"/>
        <source>Works done</source>
        <translation>已完成维修项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="87"/>
        <source>Parts and materials used</source>
        <translation>已使用配件及材料</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="90"/>
        <source>Parts and materials supplied by the customer (not charged)</source>
        <translation>客户自带配件及材料（不计费）</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="93"/>
        <source>Payment</source>
        <translation>结算</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="97"/>
        <source>Warranty</source>
        <translation>质保</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="101"/>
        <source>The warranty period of each work is given in the table of works done.</source>
        <translation>各维修项目的质保期见已完成维修项目表。</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="116"/>
        <source>Received at handover</source>
        <translation>交车时收款</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="126"/>
        <source>declined by the customer (not done)</source>
        <translation>客户拒绝（未施工）</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="129"/>
        <source>Proposed works declined by the customer</source>
        <translation>客户拒绝的建议维修项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="131"/>
        <source>Work</source>
        <translation>维修项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="131"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="143"/>
        <source>Recommendation for the next visit</source>
        <translation>下次进厂建议</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="154"/>
        <source>The customer has received the vehicle and has no claims as to its completeness and exterior.</source>
        <translation>客户已接收车辆，对随车物品及车辆外观无异议。</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="169"/>
        <source>Handed over the vehicle</source>
        <translation>交车人</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/handover_sheet.py" line="171"/>
        <source>Received the vehicle (customer)</source>
        <translation>提车人（客户）</translation>
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
        <translation type="unfinished">关闭</translation>
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
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="51"/>
        <source>Needs attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/acceptance_act.py" line="52"/>
        <source>Urgent</source>
        <translation>紧急</translation>
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
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="96"/>
        <location filename="../../desk_app/ui/intake/overview.py" line="119"/>
        <source>Client</source>
        <translation type="unfinished">客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="97"/>
        <source>Phone</source>
        <translation type="unfinished">电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="99"/>
        <location filename="../../desk_app/ui/intake/overview.py" line="121"/>
        <source>Vehicle</source>
        <translation type="unfinished">车辆</translation>
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
        <translation type="unfinished">爱车</translation>
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
        <translation type="unfinished">车牌号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="89"/>
        <source>VIN</source>
        <translation type="unfinished">车架号 (VIN)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="90"/>
        <source>Colour</source>
        <translation type="unfinished">颜色</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="91"/>
        <source>Bay</source>
        <translation type="unfinished">工位</translation>
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
        <translation type="unfinished">待装配件</translation>
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
        <translation>已接车</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="37"/>
        <source>Diagnosis</source>
        <translation>诊断中</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="38"/>
        <source>Awaiting approval</source>
        <translation>待客户确认</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="39"/>
        <source>Awaiting parts</source>
        <translation>待配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="40"/>
        <source>In progress</source>
        <translation>维修中</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="41"/>
        <source>Quality check</source>
        <translation>质检中</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="42"/>
        <source>Ready</source>
        <translation>待交车</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="43"/>
        <source>Handed over</source>
        <translation>已交车</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="44"/>
        <location filename="../../desk_app/ui/labels.py" line="51"/>
        <location filename="../../desk_app/wording.py" line="35"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="48"/>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="49"/>
        <source>Arrived</source>
        <translation>已到店</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="50"/>
        <source>No-show</source>
        <translation>未到店</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="55"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="56"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="60"/>
        <source>Receptionist</source>
        <translation>服务接待</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="61"/>
        <source>Master</source>
        <translation>车间主管</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="62"/>
        <source>Mechanic</source>
        <translation>维修技师</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="63"/>
        <source>Parts clerk</source>
        <translation>配件员</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="64"/>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="65"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="70"/>
        <source>Call-back</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="71"/>
        <source>Service due</source>
        <translation>保养到期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="72"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="73"/>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="77"/>
        <source>domestic make</source>
        <translation>国产品牌</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="78"/>
        <source>foreign make</source>
        <translation>外国品牌</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="82"/>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="83"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="84"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="85"/>
        <source>Post</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="89"/>
        <source>Acceptance act</source>
        <translation>接车单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="90"/>
        <source>Workshop sheet</source>
        <translation>车间派工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="91"/>
        <source>Handover sheet</source>
        <translation>竣工交车单</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="17"/>
        <source>Is the part in stock?</source>
        <translation>配件是否有货？</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="18"/>
        <source>Reserve parts</source>
        <translation>预留配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="19"/>
        <source>Issue parts</source>
        <translation>发放配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="20"/>
        <source>Order parts</source>
        <translation>订购配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="21"/>
        <source>Confirm prepayment</source>
        <translation>确认预付款</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="22"/>
        <source>Approve a discount</source>
        <translation>审批折扣</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="23"/>
        <source>Invoice a company</source>
        <translation>为企业客户开票</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="24"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="25"/>
        <source>Reimburse an expense</source>
        <translation>费用报销</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="26"/>
        <source>Figures (revenue, receivables)</source>
        <translation>经营数据（营收、应收款）</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="30"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="31"/>
        <source>Taken</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="32"/>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="33"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="34"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="39"/>
        <source>Reception</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="40"/>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="41"/>
        <source>Parts department</source>
        <translation>配件部</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="42"/>
        <source>Finance department</source>
        <translation>财务部</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="43"/>
        <source>Management</source>
        <translation>管理层</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="47"/>
        <source>Scratch</source>
        <translation>划痕</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="48"/>
        <source>Dent</source>
        <translation>凹陷</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="49"/>
        <source>Chip</source>
        <translation>掉漆</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="50"/>
        <source>Crack</source>
        <translation>裂纹</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="51"/>
        <source>Rust</source>
        <translation>锈蚀</translation>
    </message>
    <message>
        <location filename="../../desk_app/wording.py" line="52"/>
        <source>Missing part</source>
        <translation>部件缺失</translation>
    </message>
</context>
<context>
    <name>LetterPrinting</name>
    <message numerus="yes">
        <location filename="../../desk_app/ui/printing/letter_printing.py" line="59"/>
        <source>Making %n letter(s)…</source>
        <translation>
            <numerusform>正在生成 %n 封信函…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/letter_printing.py" line="64"/>
        <source>Reminder letters</source>
        <translation>保养提醒信函</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/printing/letter_printing.py" line="65"/>
        <source>%n letter(s) ready to print.</source>
        <translation>
            <numerusform>%n 封信函已可打印。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/letter_printing.py" line="75"/>
        <source>The letters could not be made.</source>
        <translation>无法生成信函。</translation>
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
        <translation type="unfinished">维修项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="51"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">编码</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="38"/>
        <source>Work</source>
        <translation type="unfinished">维修项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="39"/>
        <source>Hours</source>
        <translation type="unfinished">工时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="40"/>
        <source>Rate</source>
        <translation type="unfinished">工时单价</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="41"/>
        <source>Amount</source>
        <translation type="unfinished">金额</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="45"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="46"/>
        <source>Part number</source>
        <translation type="unfinished">零件号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="47"/>
        <source>Qty</source>
        <translation type="unfinished">数量</translation>
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
        <translation type="unfinished">工时费</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="50"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="52"/>
        <source>Subtotal</source>
        <translation type="unfinished">小计</translation>
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
        <translation type="unfinished">合计</translation>
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
        <translation type="unfinished">零件号</translation>
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
        <translation type="unfinished">送交质检</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">车牌号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="53"/>
        <source>VIN</source>
        <translation type="unfinished">车架号 (VIN)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="54"/>
        <source>Odometer</source>
        <translation type="unfinished">行驶里程</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="55"/>
        <source>Client</source>
        <translation type="unfinished">客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="56"/>
        <source>Phone</source>
        <translation type="unfinished">电话</translation>
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
        <translation type="unfinished">工位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="60"/>
        <source>Master</source>
        <translation type="unfinished">车间主管</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="89"/>
        <source>Order {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="101"/>
        <source>{km} km</source>
        <translation>{km} 公里</translation>
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
        <translation type="unfinished">编码</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="48"/>
        <source>Work</source>
        <translation type="unfinished">维修项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="50"/>
        <source>Hours</source>
        <translation type="unfinished">工时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="54"/>
        <source>Rate</source>
        <translation type="unfinished">工时单价</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="55"/>
        <location filename="../../desk_app/ui/orders/line_models.py" line="70"/>
        <source>Amount</source>
        <translation type="unfinished">金额</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="56"/>
        <source>Mechanic</source>
        <translation type="unfinished">维修技师</translation>
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
        <translation type="unfinished">零件号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="63"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="65"/>
        <source>Qty</source>
        <translation type="unfinished">数量</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="69"/>
        <source>Price</source>
        <translation type="unfinished">单价</translation>
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
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/order_printing.py" line="68"/>
        <source>Print a document of this order (Ctrl+P)</source>
        <translation>打印此工单的单据 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/order_printing.py" line="73"/>
        <source>Acceptance act, two copies</source>
        <translation>接车单（一式两份）</translation>
    </message>
</context>
<context>
    <name>OrderTexts</name>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="22"/>
        <source>Start diagnosis</source>
        <translation>开始诊断</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="23"/>
        <source>Start work</source>
        <translation>开始维修</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="24"/>
        <source>Wait for parts</source>
        <translation>等待配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="25"/>
        <source>Send to quality check</source>
        <translation>送交质检</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="26"/>
        <source>Hand over</source>
        <translation>交车</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="27"/>
        <source>Cancel order</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="32"/>
        <source>Back to work</source>
        <translation>退回维修</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="33"/>
        <source>Parts are here: start work</source>
        <translation>配件已到：开始维修</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="39"/>
        <source>agreed</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="40"/>
        <source>proposed</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="41"/>
        <source>declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="45"/>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="46"/>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="47"/>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="48"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="52"/>
        <source>Master</source>
        <translation>车间主管</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="53"/>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="54"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="55"/>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="56"/>
        <source>Quality check</source>
        <translation>质检</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="57"/>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="61"/>
        <source>waited {duration} for the master</source>
        <translation>等待车间主管 {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="62"/>
        <source>{duration} in the workshop</source>
        <translation>车间作业 {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="63"/>
        <source>waited {duration} for the client</source>
        <translation>等待客户 {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="64"/>
        <source>waited {duration} for parts</source>
        <translation>等待配件 {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="65"/>
        <source>waited {duration} for the quality check</source>
        <translation>等待质检 {duration}</translation>
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
        <translation>正在等待车间主管，已 {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="72"/>
        <source>in the workshop for {duration} now</source>
        <translation>车间作业中，已 {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="73"/>
        <source>waiting for the client for {duration}</source>
        <translation>正在等待客户，已 {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="74"/>
        <source>waiting for parts for {duration}</source>
        <translation>正在等待配件，已 {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="75"/>
        <source>waiting for the quality check for {duration}</source>
        <translation>正在等待质检，已 {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="83"/>
        <source>Road test done, no noises or pulling</source>
        <translation>已路试，无异响、无跑偏</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="84"/>
        <source>No leaks under the car</source>
        <translation>车底无渗漏</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="85"/>
        <source>Wheel nuts tightened to torque</source>
        <translation>车轮螺母已按规定扭矩紧固</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="86"/>
        <source>No warning lights on the dashboard</source>
        <translation>仪表盘无故障警告灯</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="87"/>
        <source>Seats, wheel and floor clean; covers removed</source>
        <translation>座椅、方向盘、地板洁净；三件套已撤除</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="88"/>
        <source>Replaced parts packed for the client</source>
        <translation>更换下的旧件已打包交客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="132"/>
        <source>{days} d {hours} h</source>
        <translation>{days} 天 {hours} 小时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="136"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="140"/>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/texts.py" line="141"/>
        <source>under a minute</source>
        <translation>不到 1 分钟</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="21"/>
        <location filename="../../desk_app/documents/sections.py" line="33"/>
        <location filename="../../desk_app/documents/sections.py" line="120"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="22"/>
        <location filename="../../desk_app/documents/sections.py" line="38"/>
        <source>Tax number (INN)</source>
        <translation>纳税人识别号 (INN)</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="23"/>
        <source>Registration number (OGRN)</source>
        <translation>注册号 (OGRN)</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="24"/>
        <location filename="../../desk_app/documents/sections.py" line="34"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="25"/>
        <location filename="../../desk_app/documents/sections.py" line="42"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="26"/>
        <location filename="../../desk_app/documents/sections.py" line="43"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="39"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="46"/>
        <source>Requisites</source>
        <translation>开票信息</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="54"/>
        <source>Make and model</source>
        <translation>品牌车型</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="55"/>
        <source>Year</source>
        <translation>出厂年份</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="56"/>
        <source>Registration plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="57"/>
        <source>VIN</source>
        <translation>车架号 (VIN)</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="58"/>
        <source>Engine number</source>
        <translation>发动机号</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="59"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="65"/>
        <source>Odometer</source>
        <translation>行驶里程</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="66"/>
        <source>Fuel level</source>
        <translation>燃油量</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="69"/>
        <source>Vehicle&apos;s value agreed by the parties</source>
        <translation>双方约定的车辆价值</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="78"/>
        <location filename="../../desk_app/documents/sections.py" line="115"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="82"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="83"/>
        <source>Work</source>
        <translation>维修项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="84"/>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="88"/>
        <source>Rate</source>
        <translation>工时单价</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="88"/>
        <location filename="../../desk_app/documents/sections.py" line="127"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="91"/>
        <source>Warranty (months)</source>
        <translation>质保（月）</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="94"/>
        <source>Mechanic</source>
        <translation>维修技师</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="119"/>
        <source>Part number</source>
        <translation>零件号</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="121"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="126"/>
        <source>Declared value</source>
        <translation>申报价值</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="126"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="145"/>
        <source>Labour</source>
        <translation>工时费</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="146"/>
        <source>Parts</source>
        <translation>配件费</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="147"/>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="152"/>
        <source>Discount {percent}</source>
        <translation>折扣 {percent}</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="155"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="156"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/sections.py" line="157"/>
        <source>Due</source>
        <translation>应付</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/paper.py" line="169"/>
        <source>signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/paper.py" line="173"/>
        <source>Date: ____ . ____ . ________</source>
        <translation>日期：________ 年 ____ 月 ____ 日</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/page.py" line="132"/>
        <source>Page {number} of {total}</source>
        <translation>第 {number} 页，共 {total} 页</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/words.py" line="71"/>
        <source>{km} km</source>
        <translation>{km} 公里</translation>
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
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="106"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="108"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="114"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="118"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="122"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="168"/>
        <source>The document cannot be shown or printed: the PDF could not be read ({reason}). It can still be saved as a file.</source>
        <translation>无法显示或打印该文档：无法读取 PDF（{reason}）。仍可将其另存为文件。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="175"/>
        <source>not a valid PDF</source>
        <translation>不是有效的 PDF</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="176"/>
        <source>it is protected by a password</source>
        <translation>文件受密码保护</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="177"/>
        <source>unsupported protection</source>
        <translation>不支持的加密方式</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="178"/>
        <source>the data is incomplete</source>
        <translation>数据不完整</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="180"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="184"/>
        <source>Page {page} of {count}</source>
        <translation>第 {page} 页，共 {count} 页</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="226"/>
        <source>Print {title}</source>
        <translation>打印：{title}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="258"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="258"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/printing/preview_dialog.py" line="269"/>
        <source>The file could not be saved: {reason}</source>
        <translation>无法保存文件：{reason}</translation>
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
        <translation>保养提醒</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="150"/>
        <source>Regular maintenance keeps your car safe and reliable, and costs less than a repair.</source>
        <translation>定期保养能让您的爱车安全可靠，花费也比维修更少。</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="156"/>
        <source>Our address: {address}.</source>
        <translation>我们的地址：{address}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="159"/>
        <source>We look forward to seeing you.</source>
        <translation>期待您的光临！</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="163"/>
        <source>Dear {name},</source>
        <translation>尊敬的{name}：</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="169"/>
        <source>Kind regards,</source>
        <translation>祝您行车平安！</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="176"/>
        <source>car</source>
        <translation>爱车</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="179"/>
        <source>According to our records, your {car} is due for its next scheduled service by {date} or at {km}, whichever comes first.</source>
        <translation>根据我们的记录，您的{car}应于 {date} 前或行驶里程达到 {km} 时（以先到者为准）进行下一次定期保养。</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="186"/>
        <source>According to our records, your {car} is due for its next scheduled service by {date}.</source>
        <translation>根据我们的记录，您的{car}应于 {date} 前进行下一次定期保养。</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="192"/>
        <source>According to our records, your {car} is due for its next scheduled service.</source>
        <translation>根据我们的记录，您的{car}已到下一次定期保养的时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="201"/>
        <source>To book a convenient time, call us at {phone} or write to {email}.</source>
        <translation>如需预约合适的时间，请致电 {phone} 或发送邮件至 {email}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="205"/>
        <source>To book a convenient time, contact us: {contact}.</source>
        <translation>如需预约合适的时间，请联系我们：{contact}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/reminder_letters.py" line="207"/>
        <source>To book a convenient time, call us or drop in.</source>
        <translation>如需预约合适的时间，欢迎来电或直接到店。</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="58"/>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
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
        <translation>内部申请单</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="84"/>
        <source>Request No. {number} of {date}</source>
        <translation>申请单号：{number}，日期：{date}</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="93"/>
        <source>From</source>
        <translation>申请部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="94"/>
        <source>To</source>
        <translation>受理部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="95"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="96"/>
        <source>Filed</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="97"/>
        <source>Needed by</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="98"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="99"/>
        <source>Taken by</source>
        <translation>受理人</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="101"/>
        <source>Work order</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="102"/>
        <source>Not linked</source>
        <translation>未关联</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="109"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="112"/>
        <source>Car</source>
        <translation>品牌车型</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="113"/>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="114"/>
        <source>VIN</source>
        <translation>车架号 (VIN)</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="120"/>
        <source>What is asked</source>
        <translation>申请内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="127"/>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="133"/>
        <source>Issued by</source>
        <translation>发放人</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/request_slip.py" line="134"/>
        <source>Received by</source>
        <translation>领取人</translation>
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
        <translation type="unfinished">申请部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="118"/>
        <source>To</source>
        <translation type="unfinished">受理部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="123"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="129"/>
        <source>Needed by</source>
        <translation type="unfinished">截止时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="133"/>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="135"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="136"/>
        <source>Vehicle</source>
        <translation type="unfinished">车辆</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="138"/>
        <source>Work order</source>
        <translation type="unfinished"></translation>
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
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="149"/>
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="151"/>
        <source>%n booked</source>
        <translation type="unfinished">
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
        <translation type="unfinished">名称</translation>
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
        <translation type="unfinished">状态</translation>
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
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="65"/>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="66"/>
        <source>Vehicle</source>
        <translation type="unfinished">车辆</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="67"/>
        <source>Plate</source>
        <translation type="unfinished">车牌号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="68"/>
        <source>Client</source>
        <translation type="unfinished">客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="69"/>
        <source>Bay</source>
        <translation type="unfinished">工位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="70"/>
        <source>Master</source>
        <translation type="unfinished">车间主管</translation>
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
        <translation type="unfinished">出厂年份</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="72"/>
        <source>Plate</source>
        <translation type="unfinished">车牌号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="73"/>
        <source>VIN</source>
        <translation type="unfinished">车架号 (VIN)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="74"/>
        <source>Engine number</source>
        <translation type="unfinished">发动机号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="75"/>
        <source>Colour</source>
        <translation type="unfinished">颜色</translation>
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
        <translation type="unfinished">品牌车型</translation>
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
        <translation type="unfinished">颜色</translation>
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
        <translation>车间派工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="60"/>
        <source>To work order No. {number} of {date}</source>
        <translation>对应维修工单：{number}（{date}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="69"/>
        <source>Accepted</source>
        <translation>接车时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="70"/>
        <source>To be ready by</source>
        <translation>预计完工时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="71"/>
        <source>Master</source>
        <translation>车间主管</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="72"/>
        <source>Bay</source>
        <translation>工位</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="75"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="77"/>
        <source>Customer&apos;s complaints (verbatim)</source>
        <translation>客户故障描述（原话）</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="79"/>
        <source>Works</source>
        <translation>维修项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="81"/>
        <source>Parts to fit</source>
        <translation>待装配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="83"/>
        <source>Parts supplied by the customer</source>
        <translation>客户自带配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="95"/>
        <source>Quality check before the car is ready</source>
        <translation>竣工前质检</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="98"/>
        <source>Works done (mechanic)</source>
        <translation>施工人（维修技师）</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="99"/>
        <source>Checked by the master</source>
        <translation>检验人（车间主管）</translation>
    </message>
    <message>
        <location filename="../../desk_app/documents/workshop_sheet.py" line="103"/>
        <source>No check points.</source>
        <translation>无检查项目。</translation>
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
