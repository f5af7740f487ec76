<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <location filename="../../desk_app/ui/admin/area.py" line="40"/>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/area.py" line="43"/>
        <source>Discounts</source>
        <translation>Скидки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/area.py" line="46"/>
        <source>Shop</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/area.py" line="50"/>
        <source>Standards</source>
        <translation>Нормативы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/area.py" line="53"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/area.py" line="57"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/area.py" line="64"/>
        <source>Admin</source>
        <translation>Администрирование</translation>
    </message>
</context>
<context>
    <name>AgreeForm</name>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="82"/>
        <source>Agree a new goal</source>
        <translation>Согласовать новую цель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="85"/>
        <source>e.g. fitters trained for air conditioning</source>
        <translation>например, слесари обучены работе с кондиционерами</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="93"/>
        <source>pcs, people, days…</source>
        <translation>шт., чел., дней…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="98"/>
        <source>&amp;Agree the goal</source>
        <translation>&amp;Согласовать цель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="120"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="122"/>
        <source>&amp;Supplier → customer:</source>
        <translation>&amp;Поставщик → заказчик:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="124"/>
        <source>&amp;Target and unit:</source>
        <translation>П&amp;лан и единица:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="126"/>
        <source>&amp;Due on:</source>
        <translation>С&amp;рок:</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="52"/>
        <source>The client&apos;s answer — {number}</source>
        <translation>Ответ клиента — {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="54"/>
        <source>Tick what the client agreed to</source>
        <translation>Отметьте, на что клиент согласился</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="56"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="58"/>
        <source>None</source>
        <translation>Ничего</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="82"/>
        <source>e.g. asks to call when the car is ready</source>
        <translation>например, просит позвонить, когда автомобиль будет готов</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="86"/>
        <source>&amp;Answered by:</source>
        <translation>&amp;Кто ответил:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="87"/>
        <source>&amp;How:</source>
        <translation>К&amp;ак:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="88"/>
        <source>&amp;When:</source>
        <translation>К&amp;огда:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="89"/>
        <source>C&amp;omment:</source>
        <translation>Ко&amp;мментарий:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="93"/>
        <source>Record the answer</source>
        <translation>Записать ответ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="120"/>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="120"/>
        <source>Part</source>
        <translation>Запчасть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="122"/>
        <source>{kind}: {name} — {amount}</source>
        <translation>{kind}: {name} — {amount}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="150"/>
        <source>Agreed {count} of {all}: {amount}</source>
        <translation>Согласовано {count} из {all}: {amount}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="55"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="56"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="142"/>
        <source>Answer request {number} — {kind}</source>
        <translation>Ответ на заявку {number} — {kind}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="161"/>
        <source>Part number</source>
        <translation>Каталожный №</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="162"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="163"/>
        <source>Qty</source>
        <translation>Кол.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="164"/>
        <source>In stock</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="165"/>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="166"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="167"/>
        <source>Bin</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="168"/>
        <source>Arrives</source>
        <translation>Поступит</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="182"/>
        <source>&amp;Add a part</source>
        <translation>&amp;Добавить запчасть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="193"/>
        <source>e.g. analogue from Bosch, cheaper, same day</source>
        <translation>например, аналог Bosch, дешевле, в тот же день</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="196"/>
        <source>&amp;Send the answer</source>
        <translation>&amp;Отправить ответ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="208"/>
        <source>Ans&amp;wer:</source>
        <translation>Отв&amp;ет:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="220"/>
        <source>{name} asks</source>
        <translation>{name} спрашивает</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="247"/>
        <source>the quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="248"/>
        <source>the quantity available</source>
        <translation>доступное количество</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="249"/>
        <source>the price</source>
        <translation>цена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="254"/>
        <source>Line {row}: {what} is not a number.</source>
        <translation>Строка {row}: {what} — не число.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desk_app/app.py" line="259"/>
        <source>The backup was not restored</source>
        <translation>Резервная копия не восстановлена</translation>
    </message>
    <message>
        <location filename="../../desk_app/app.py" line="278"/>
        <location filename="../../desk_app/app.py" line="289"/>
        <source>Demo shop</source>
        <translation>Демо-сервис</translation>
    </message>
    <message>
        <location filename="../../desk_app/app.py" line="279"/>
        <source>This database already has data, so the demo shop was not added. Start with --db and a new file name to try the demo.</source>
        <translation>В этой базе данных уже есть данные, поэтому демо-сервис не добавлен. Чтобы попробовать демо, запустите программу с --db и именем нового файла.</translation>
    </message>
    <message>
        <location filename="../../desk_app/app.py" line="263"/>
        <location filename="../../desk_app/app.py" line="318"/>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
</context>
<context>
    <name>AppointmentCalendar</name>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="77"/>
        <source>The week (or day) before (PgUp)</source>
        <translation>Предыдущая неделя (или день) (PgUp)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="79"/>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="80"/>
        <source>Back to today (Home)</source>
        <translation>Вернуться к сегодняшнему дню (Home)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="83"/>
        <source>The week (or day) after (PgDown)</source>
        <translation>Следующая неделя (или день) (PgDown)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="88"/>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="89"/>
        <source>&amp;Week</source>
        <translation>Н&amp;еделя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="99"/>
        <source>Show &amp;cancelled</source>
        <translation>Показывать о&amp;тменённые</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="195"/>
        <source>{day} (today)</source>
        <translation>{day} (сегодня)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="230"/>
        <source>No bookings</source>
        <translation>Записей нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="232"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/appointments/calendar.py" line="238"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="250"/>
        <source>No bookings. Press “Book…” or double-click a free slot.</source>
        <translation>Записей нет. Нажмите «Записать…» или дважды щёлкните по свободному времени.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="287"/>
        <source>Booked by {name}</source>
        <translation>Записал(а): {name}</translation>
    </message>
</context>
<context>
    <name>AppointmentsPanel</name>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="81"/>
        <source>&amp;Book…</source>
        <translation>&amp;Записать…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="84"/>
        <source>&amp;Arrived → start intake</source>
        <translation>&amp;Приехал → начать приёмку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="86"/>
        <source>&amp;No-show</source>
        <translation>&amp;Неявка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="88"/>
        <source>&amp;Cancel booking…</source>
        <translation>&amp;Отменить запись…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="170"/>
        <source>Select a booking to see it here. Double-click an empty slot to book it; ←/→ move between days, ↑/↓ between bookings.</source>
        <translation>Выберите запись, чтобы увидеть её здесь. Двойной щелчок по свободному времени — записать; ←/→ — переход между днями, ↑/↓ — между записями.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="182"/>
        <source>Reason: {text}</source>
        <translation>Повод: {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="184"/>
        <source>Note: {text}</source>
        <translation>Примечание: {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="185"/>
        <source>Booked by {name}</source>
        <translation>Записал(а): {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="234"/>
        <source>Booked {client} for {when}.</source>
        <translation>Клиент {client} записан на {when}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="260"/>
        <source>{client} marked as a no-show.</source>
        <translation>{client}: отмечена неявка.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="270"/>
        <location filename="../../desk_app/ui/appointments/panel.py" line="276"/>
        <source>Cancel booking</source>
        <translation>Отмена записи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="272"/>
        <source>Cancel the booking of {client} on {when}?
Reason (optional):</source>
        <translation>Отменить запись клиента {client} на {when}?
Причина (необязательно):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="277"/>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="287"/>
        <source>The booking of {client} is cancelled.</source>
        <translation>Запись клиента {client} отменена.</translation>
    </message>
</context>
<context>
    <name>ArrivalBanner</name>
    <message>
        <location filename="../../desk_app/ui/requests/banner.py" line="53"/>
        <location filename="../../desk_app/ui/requests/banner.py" line="54"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/banner.py" line="70"/>
        <source>New request from {request} (click to open)</source>
        <translation>Новая заявка: {request} (щёлкните, чтобы открыть)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/banner.py" line="72"/>
        <source>{count} new requests; the latest from {request} (click to open)</source>
        <translation>Новых заявок: {count}; последняя — {request} (щёлкните, чтобы открыть)</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="48"/>
        <source>At start</source>
        <translation>При запуске</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="49"/>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="50"/>
        <source>By hand</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="51"/>
        <source>Before an upgrade</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="52"/>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="75"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="77"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="79"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="81"/>
        <source>Schema</source>
        <translation>Версия схемы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="83"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="120"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать резервную копию</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="121"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="122"/>
        <source>Open &amp;folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="123"/>
        <source>&amp;Dump now</source>
        <translation>Создать &amp;дамп</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="137"/>
        <source>A copy of the database is taken when the application starts (once a day), before an upgrade and before a restore, or when you ask. The last {count} are kept, and the last {safety} of those taken before an upgrade or a restore.</source>
        <translation>Резервная копия базы данных создаётся при запуске программы (раз в день), перед обновлением и перед восстановлением, а также по запросу. Хранятся последние {count} копий и, кроме того, последние {safety} из сделанных перед обновлением или восстановлением.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="142"/>
        <source>Folder: {folder}</source>
        <translation>Папка: {folder}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="197"/>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="206"/>
        <source>Restore the database</source>
        <translation>Восстановление базы данных</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="208"/>
        <source>Restore the database as it was on {moment}?</source>
        <translation>Восстановить базу данных по состоянию на {moment}?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="214"/>
        <source>What was entered after that moment disappears from the database, but is not lost: a copy of the current database is taken first and listed here.

The application closes and starts again with the restored database; everyone else working in it should close it first.</source>
        <translation>Всё, что введено после этого момента, исчезнет из базы данных, но не потеряется: сначала будет создана копия текущей базы данных, она появится в этом списке.

Программа закроется и снова запустится с восстановленной базой данных; все, кто ещё работает с ней, должны сначала закрыть программу.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="222"/>
        <source>Restore and restart</source>
        <translation>Восстановить и перезапустить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="240"/>
        <source>The shop&apos;s data is kept by the PostgreSQL server {where}; its own backups are the rule there. A dump is a copy of the whole database in one file that you can keep elsewhere.</source>
        <translation>Данные сервиса хранятся на сервере PostgreSQL {where}; резервное копирование там выполняется средствами самого сервера. Дамп — это копия всей базы данных в одном файле, которую можно хранить в другом месте.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="269"/>
        <source>pg_dump, PostgreSQL&apos;s backup program, is not installed on this computer, so no dump can be made from here. Install the PostgreSQL client tools here, or run this command on the database server (it asks for the password):</source>
        <translation>На этом компьютере не установлена программа резервного копирования PostgreSQL pg_dump, поэтому создать дамп отсюда нельзя. Установите здесь клиентские программы PostgreSQL или выполните эту команду на сервере базы данных (она запросит пароль):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="285"/>
        <source>Dumping…</source>
        <translation>Создание дампа…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="290"/>
        <source>Last dump: {file}</source>
        <translation>Последний дамп: {file}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="310"/>
        <source>The database was copied to {file}.</source>
        <translation>Копия базы данных сохранена в {file}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="313"/>
        <source>The database was dumped to {file}.</source>
        <translation>Дамп базы данных сохранён в {file}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="319"/>
        <source>The copy was not made.</source>
        <translation>Копия не создана.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="68"/>
        <source>Book an appointment</source>
        <translation>Записать на приём</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="90"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="102"/>
        <source>What the client asks for, in his words</source>
        <translation>Что просит клиент, его словами</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="108"/>
        <source>e.g. call the day before</source>
        <translation>например, позвонить накануне</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="120"/>
        <source>C&amp;lient:</source>
        <translation>Кл&amp;иент:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="121"/>
        <source>&amp;Car:</source>
        <translation>&amp;Автомобиль:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="122"/>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="123"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Длительность:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="124"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Цель визита:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="125"/>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="134"/>
        <source>&amp;Book</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="165"/>
        <source>Car not known yet</source>
        <translation>Автомобиль пока не известен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="192"/>
        <source>until {time}</source>
        <translation>до {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="199"/>
        <source>Find the client first: type a phone, a plate or a name.</source>
        <translation>Сначала найдите клиента: введите телефон, гос. номер или имя.</translation>
    </message>
</context>
<context>
    <name>CallBacksTab</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="115"/>
        <source>Average score {average} of 5 from {count} call-backs</source>
        <translation>Средняя оценка {average} из 5 (контрольных звонков: {count})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="121"/>
        <source>Call-back results are not available in this version.</source>
        <translation>Результаты контрольных звонков недоступны в этой версии.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="123"/>
        <source>Nobody has called this client back after a visit yet.</source>
        <translation>Контрольных звонков этому клиенту после визитов ещё не было.</translation>
    </message>
</context>
<context>
    <name>CardHeader</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="56"/>
        <source>Spent here</source>
        <translation>Потрачено у нас</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="101"/>
        <source>{count} visits in all</source>
        <translation>всего визитов: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="103"/>
        <source>Personal data erased</source>
        <translation>Персональные данные удалены</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="106"/>
        <source>Erased on {date} at the client&apos;s request; the orders are kept.</source>
        <translation>Удалены {date} по просьбе клиента; заказ-наряды сохранены.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="114"/>
        <source>Regular client</source>
        <translation>Постоянный клиент</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="114"/>
        <source>Not regular</source>
        <translation>Не постоянный клиент</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="120"/>
        <source>No phone on file</source>
        <translation>Телефон не указан</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="126"/>
        <source>No regular client&apos;s discount yet.</source>
        <translation>Скидки постоянного клиента пока нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="128"/>
        <source>Discount by the car&apos;s make and the order value; no car on file.</source>
        <translation>Скидка зависит от марки автомобиля и суммы заказа; автомобиль не указан.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="132"/>
        <source>{car}: {range} by order value ({group})</source>
        <translation>{car}: {range} в зависимости от суммы заказа ({group})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="136"/>
        <source>, bought here</source>
        <translation>, куплен у нас</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="138"/>
        <source>Discount: {cars}</source>
        <translation>Скидка: {cars}</translation>
    </message>
</context>
<context>
    <name>ChangeFeed</name>
    <message>
        <location filename="../../desk_app/ui/change_signal.py" line="254"/>
        <source>Changes at other desks are not heard right now; trying again.</source>
        <translation>Изменения на других рабочих местах сейчас не отслеживаются; выполняется повторная попытка.</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="34"/>
        <source>Spare wheel</source>
        <translation>Запасное колесо</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="35"/>
        <source>Jack</source>
        <translation>Домкрат</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="36"/>
        <source>Tools</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="37"/>
        <source>First-aid kit</source>
        <translation>Аптечка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="38"/>
        <source>Warning triangle</source>
        <translation>Знак аварийной остановки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="39"/>
        <source>Fire extinguisher</source>
        <translation>Огнетушитель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="40"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="41"/>
        <source>Valuables</source>
        <translation>Ценные вещи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="42"/>
        <source>Lights</source>
        <translation>Световые приборы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="43"/>
        <source>Tyres</source>
        <translation>Шины</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="44"/>
        <source>Brakes</source>
        <translation>Тормоза</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="45"/>
        <source>Fluids</source>
        <translation>Технические жидкости</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="46"/>
        <source>Battery</source>
        <translation>Аккумулятор</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="47"/>
        <source>Wipers</source>
        <translation>Стеклоочистители</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="48"/>
        <source>Windscreen</source>
        <translation>Лобовое стекло</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="49"/>
        <source>Dashboard warning lights</source>
        <translation>Контрольные лампы на панели приборов</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="54"/>
        <source>OK</source>
        <translation>Норма</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="55"/>
        <source>Attention</source>
        <translation>Внимание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="56"/>
        <source>Urgent</source>
        <translation>Срочно</translation>
    </message>
</context>
<context>
    <name>ChecklistsSection</name>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="142"/>
        <source>Left in the car and inspection</source>
        <translation>Оставлено в автомобиле и осмотр</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="153"/>
        <source>Mark the rest OK</source>
        <translation>Остальное — норма</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="157"/>
        <source>Inspection (1 OK, 2 attention, 3 urgent)</source>
        <translation>Осмотр (1 — норма, 2 — внимание, 3 — срочно)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="205"/>
        <source>What was seen</source>
        <translation>Что обнаружено</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="33"/>
        <source>Filed</source>
        <translation>Подана</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="37"/>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="56"/>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="34"/>
        <source>Order</source>
        <translation>Заказ-наряд</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="38"/>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="39"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="40"/>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="58"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="41"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="47"/>
        <source>{score} of 5</source>
        <translation>{score} из 5</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="52"/>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="30"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="57"/>
        <source>Reached</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="59"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="64"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="57"/>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="36"/>
        <source>Car</source>
        <translation>Автомобиль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="59"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="63"/>
        <source>Plate</source>
        <translation>Гос. номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="64"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="65"/>
        <source>Bought here</source>
        <translation>Куплен у нас</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="67"/>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="73"/>
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="78"/>
        <source>Last odometer</source>
        <translation>Последний пробег</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="84"/>
        <source>Next service</source>
        <translation>Следующее ТО</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="227"/>
        <source>Applies now: the client is regular.</source>
        <translation>Действует: клиент постоянный.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="229"/>
        <source>Applies once the client is regular.</source>
        <translation>Начнёт действовать, когда клиент станет постоянным.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="40"/>
        <source>Odometer, km</source>
        <translation>Пробег, км</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="46"/>
        <source>Works</source>
        <translation>Работы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="49"/>
        <source>Parts</source>
        <translation>Запчасти</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="52"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="26"/>
        <source>Client is a</source>
        <translation>Тип клиента</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="27"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="28"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="29"/>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="30"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="31"/>
        <source>Company name</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="32"/>
        <source>Tax number</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="33"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="34"/>
        <source>Company details</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="35"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="36"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="37"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="38"/>
        <source>Preferred channel</source>
        <translation>Предпочтительный способ связи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="39"/>
        <source>Reminders and greetings</source>
        <translation>Напоминания и поздравления</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="40"/>
        <source>Who sent the client</source>
        <translation>Кто направил клиента</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="41"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="78"/>
        <source>Agrees to be reminded</source>
        <translation>Согласен на напоминания</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="80"/>
        <source>Not to be reminded</source>
        <translation>Без напоминаний</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="45"/>
        <source>{km} km</source>
        <translation>{km} км</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="51"/>
        <source>Regular since {date}: {visits} visits in 12 months</source>
        <translation>Постоянный клиент с {date}: визитов за 12 месяцев — {visits}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="54"/>
        <source>Not regular: {visits} visits in 12 months ({needed} make a regular)</source>
        <translation>Не постоянный клиент: визитов за 12 месяцев — {visits} (для статуса постоянного нужно {needed})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="62"/>
        <source>no discount rows set</source>
        <translation>строки скидок не заданы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="64"/>
        <source>{percent} from {value}</source>
        <translation>{percent} от {value}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="74"/>
        <source>no discount</source>
        <translation>без скидки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="79"/>
        <source>{low}–{high} %</source>
        <translation>{low}–{high} %</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="87"/>
        <source>+ the extra for a car bought here</source>
        <translation>+ надбавка за автомобиль, купленный у нас</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="88"/>
        <source>+{percent} bought here</source>
        <translation>+{percent} за покупку у нас</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="95"/>
        <source>{make}: {group} — {tiers}</source>
        <translation>{make}: {group} — {tiers}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="96"/>
        <source>Unknown make</source>
        <translation>Марка не указана</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="108"/>
        <source>Next service: not known until a visit is handed over.</source>
        <translation>Следующее ТО: будет известно после выдачи автомобиля.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="115"/>
        <source>Next service about {date}, when it reaches {km}</source>
        <translation>Следующее ТО — примерно {date}, при пробеге {km}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="119"/>
        <source>Next service by {date}, or at {km} if that comes first</source>
        <translation>Следующее ТО — до {date} или при пробеге {km}, если он наступит раньше</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="123"/>
        <source>Next service by {date}</source>
        <translation>Следующее ТО — до {date}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="125"/>
        <source>Overdue — {text}</source>
        <translation>Просрочено — {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="132"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="132"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="80"/>
        <source>Client card</source>
        <translation>Карточка клиента</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="95"/>
        <source>&amp;Reload</source>
        <translation>Об&amp;новить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="100"/>
        <source>Changed at another desk</source>
        <translation>Изменено на другом рабочем месте</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="135"/>
        <source>&amp;Merge with another card…</source>
        <translation>&amp;Объединить с другой карточкой…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="138"/>
        <source>Erase personal &amp;data…</source>
        <translation>&amp;Удалить персональные данные…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="183"/>
        <source>Client — {name}</source>
        <translation>Клиент — {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="208"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="209"/>
        <source>Ve&amp;hicles ({count})</source>
        <translation>&amp;Автомобили ({count})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="210"/>
        <source>&amp;Visits ({count})</source>
        <translation>&amp;Визиты ({count})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="211"/>
        <source>Re&amp;quests ({count})</source>
        <translation>Заявк&amp;и ({count})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="212"/>
        <source>Call-&amp;backs ({count})</source>
        <translation>Контрольные &amp;звонки ({count})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="213"/>
        <source>&amp;Notes</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="327"/>
        <source>The two cards are one now; every visit is on this card.</source>
        <translation>Карточки объединены: все визиты теперь в этой карточке.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="345"/>
        <source>The client&apos;s personal data is erased; his orders are kept.</source>
        <translation>Персональные данные клиента удалены, его заказы сохранены.</translation>
    </message>
</context>
<context>
    <name>ClientFields</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_contact_form.py" line="84"/>
        <source>Agrees to reminders and greetings</source>
        <translation>Согласен на напоминания и поздравления</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contact_form.py" line="89"/>
        <source>Add another phone</source>
        <translation>Добавить ещё телефон</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contact_form.py" line="262"/>
        <source>This is not a date: {text}. Type it as {example}.</source>
        <translation>Это не дата: {text}. Введите в формате {example}.</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="69"/>
        <source>Name</source>
        <translation>Имя / название</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="71"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="76"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="78"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="80"/>
        <source>Vehicles</source>
        <translation>Автомобили</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="83"/>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="89"/>
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="94"/>
        <location filename="../../desk_app/ui/clients/client_list.py" line="122"/>
        <source>Regular</source>
        <translation>Постоянный</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="105"/>
        <source>Search by name, phone, plate, VIN or e-mail — e.g. Иванов, 916 123, А123ВС</source>
        <translation>Поиск по имени, телефону, гос. номеру, VIN или e-mail — например, Иванов, 916 123, А123ВС</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="121"/>
        <source>Regular or not</source>
        <translation>Постоянный или нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="123"/>
        <source>Not regular</source>
        <translation>Не постоянный</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="129"/>
        <source>People and companies</source>
        <translation>Частные лица и организации</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="130"/>
        <source>People</source>
        <translation>Частные лица</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="131"/>
        <source>Companies</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="134"/>
        <source>Reminders due</source>
        <translation>Есть напоминания</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="137"/>
        <source>Only the clients on today&apos;s “To contact” list</source>
        <translation>Только клиенты из списка «Связаться сегодня»</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="141"/>
        <location filename="../../desk_app/ui/clients/client_list.py" line="314"/>
        <source>Reminders are not available yet.</source>
        <translation>Напоминания пока недоступны.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/clients/client_list.py" line="283"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="283"/>
        <source>No clients yet</source>
        <translation>Клиентов пока нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="285"/>
        <source>More than {cap} match — type more to narrow the list</source>
        <translation>Найдено больше {cap} — уточните запрос, чтобы сузить список</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="290"/>
        <source>No client matches “{text}”</source>
        <translation>По запросу «{text}» клиентов не найдено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="292"/>
        <source>No client matches these filters</source>
        <translation>Нет клиентов, подходящих под эти фильтры</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="301"/>
        <source>{matched} of {total} match</source>
        <translation>Найдено {matched} из {total}</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="44"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="45"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="46"/>
        <source>Car</source>
        <translation>Автомобиль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="47"/>
        <source>Plate</source>
        <translation>Гос. номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="69"/>
        <source>Phone, plate, VIN or name</source>
        <translation>Телефон, гос. номер, VIN или имя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="92"/>
        <source>Nobody found. Check the number or type more.</source>
        <translation>Никого не найдено. Проверьте номер или уточните запрос.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="99"/>
        <source>C&amp;hange client</source>
        <translation>С&amp;менить клиента</translation>
    </message>
</context>
<context>
    <name>ClientSearchBox</name>
    <message>
        <location filename="../../desk_app/ui/intake/search_box.py" line="64"/>
        <source>Phone, plate, VIN or name — e.g. 916 123, А123ВС</source>
        <translation>Телефон, гос. номер, VIN или имя — например, 916 123, А123ВС</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/search_box.py" line="163"/>
        <source>No client or car matches “{text}”</source>
        <translation>По запросу «{text}» не найдено ни клиента, ни автомобиля</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/search_box.py" line="166"/>
        <source>The first {count} matches: type more to narrow them down</source>
        <translation>Первые совпадения ({count}): уточните запрос, чтобы сузить поиск</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/search_box.py" line="175"/>
        <source>New client “{text}”…</source>
        <translation>Новый клиент «{text}»…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/search_box.py" line="175"/>
        <source>New client…</source>
        <translation>Новый клиент…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/search_box.py" line="179"/>
        <source>New vehicle for {name}: “{text}”…</source>
        <translation>Новый автомобиль для клиента {name}: «{text}»…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/search_box.py" line="180"/>
        <source>New vehicle for {name}…</source>
        <translation>Новый автомобиль для клиента {name}…</translation>
    </message>
</context>
<context>
    <name>ClientSection</name>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="41"/>
        <source>Friends or family</source>
        <translation>Друзья или родные</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="42"/>
        <source>Car park agent</source>
        <translation>Агент на парковке</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="43"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="44"/>
        <source>Maps and reviews</source>
        <translation>Карты и отзывы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="45"/>
        <source>Passing by</source>
        <translation>Проезжал мимо</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="46"/>
        <source>Advertising</source>
        <translation>Реклама</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="63"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="68"/>
        <source>&amp;New client…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="80"/>
        <source>C&amp;hange…</source>
        <translation>С&amp;менить…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="121"/>
        <source>Agrees to reminders and greetings</source>
        <translation>Согласен на напоминания и поздравления</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="123"/>
        <source>Search &amp;instead</source>
        <translation>Вернуться к &amp;поиску</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="130"/>
        <source>&amp;Last name</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="131"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="132"/>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="133"/>
        <source>Company name</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="135"/>
        <source>Client is a</source>
        <translation>Тип клиента</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="141"/>
        <source>P&amp;hone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="141"/>
        <source>Another phone</source>
        <translation>Другой телефон</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="147"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="148"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="150"/>
        <source>Who sent the client</source>
        <translation>Откуда узнал о нас</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="181"/>
        <source>No phone on file</source>
        <translation>Телефон не указан</translation>
    </message>
</context>
<context>
    <name>ClientsArea</name>
    <message>
        <location filename="../../desk_app/ui/clients/area.py" line="38"/>
        <source>Card file</source>
        <translation>Картотека</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/area.py" line="39"/>
        <source>To contact today</source>
        <translation>Связаться сегодня</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/area.py" line="48"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
</context>
<context>
    <name>ClosedDaysBox</name>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="68"/>
        <source>Closed days</source>
        <translation>Нерабочие дни</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="87"/>
        <source>Every year</source>
        <translation>Ежегодно</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="90"/>
        <source>e.g. a bridge day, stocktaking</source>
        <translation>например, перенесённый выходной, инвентаризация</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="91"/>
        <source>Add closed day</source>
        <translation>Добавить нерабочий день</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="93"/>
        <source>Remove selected</source>
        <translation>Удалить выбранные</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="102"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="108"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="153"/>
        <source>{day} is a closed day now.</source>
        <translation>{day} — теперь нерабочий день.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="171"/>
        <source>{day} is no longer a closed day.</source>
        <translation>{day} — больше не нерабочий день.</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../desk_app/ui/orders/comment_dialog.py" line="62"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="136"/>
        <source>Order {number}: what changed</source>
        <translation>Заказ-наряд {number}: что изменилось</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="157"/>
        <source>The works, parts, money and status are as you saw them: another desk saved something this window does not show (a note, a print, a request).</source>
        <translation>Работы, запчасти, суммы и статус не изменились: на другом рабочем месте сохранили то, чего нет в этом окне (заметку, печать, заявку).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="165"/>
        <source>&amp;Reload the order</source>
        <translation>&amp;Обновить заказ-наряд</translation>
    </message>
</context>
<context>
    <name>ConditionSection</name>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="36"/>
        <source>Empty</source>
        <translation>Пустой</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="38"/>
        <source>Full</source>
        <translation>Полный</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="47"/>
        <source>Arrival</source>
        <translation>Состояние при приёмке</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="53"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="56"/>
        <source>The reading is &amp;right (confirm the lower value)</source>
        <translation>Показание &amp;верное (подтвердить меньшее значение)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="61"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="68"/>
        <source>In the client&apos;s own words</source>
        <translation>Со слов клиента</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="77"/>
        <source>&amp;Odometer, km</source>
        <translation>&amp;Пробег, км</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="79"/>
        <source>&amp;Fuel</source>
        <translation>&amp;Топливо</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="81"/>
        <source>&amp;Complaints and requests</source>
        <translation>&amp;Жалобы и пожелания</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="99"/>
        <source>last {km}</source>
        <translation>последний: {km}</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_conflict.py" line="75"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_conflict.py" line="75"/>
        <source>Saved at the other desk</source>
        <translation>Сохранено на другом рабочем месте</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_conflict.py" line="75"/>
        <source>Your input</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_conflict.py" line="85"/>
        <source>Bold: changed at the other desk since you opened the card.</source>
        <translation>Жирным: изменено на другом рабочем месте после того, как вы открыли карточку.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_conflict.py" line="87"/>
        <source>&amp;Reload (drop my input)</source>
        <translation>&amp;Загрузить заново (отменить мои изменения)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_conflict.py" line="89"/>
        <source>&amp;Keep my input</source>
        <translation>&amp;Оставить мои изменения</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="66"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="67"/>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="114"/>
        <source>Channel</source>
        <translation>Способ связи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="68"/>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="113"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="69"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="70"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="71"/>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="110"/>
        <source>Reason</source>
        <translation>Повод</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="72"/>
        <source>Due date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="107"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="109"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="111"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="116"/>
        <source>Tries</source>
        <translation>Попытки</translation>
    </message>
</context>
<context>
    <name>ContactListPanel</name>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="143"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="147"/>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="151"/>
        <source>Print letters…</source>
        <translation>Печать писем…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="156"/>
        <source>Service reminders shown, for clients who consented and left an address</source>
        <translation>Показанные напоминания о ТО — для клиентов, которые дали согласие и оставили адрес</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="159"/>
        <source>Mark shown as done…</source>
        <translation>Отметить показанные выполненными…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="162"/>
        <source>After a mailing: the reminders and greetings shown, all at once</source>
        <translation>После рассылки: все показанные напоминания и поздравления сразу</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="167"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="188"/>
        <source>Reached…</source>
        <translation>Дозвонились…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="190"/>
        <source>Not reached</source>
        <translation>Не дозвонились</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="192"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="193"/>
        <source>Postpone…</source>
        <translation>Отложить…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="194"/>
        <source>Open card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/clients/contact_list.py" line="251"/>
        <source>%n to contact today</source>
        <translation>
            <numerusform>%n контакт на сегодня</numerusform>
            <numerusform>%n контакта на сегодня</numerusform>
            <numerusform>%n контактов на сегодня</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="253"/>
        <source>Nobody to contact</source>
        <translation>Связываться не с кем</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="385"/>
        <source>No answer three times: {name} is off the list.</source>
        <translation>Трижды без ответа: {name} больше не в списке.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="387"/>
        <source>{name}: done.</source>
        <translation>{name}: выполнено.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="389"/>
        <source>No answer: {name} is on the list again tomorrow.</source>
        <translation>Нет ответа: {name} снова будет в списке завтра.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="392"/>
        <source>{name}: put off until {day}.</source>
        <translation>{name}: отложено до {day}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/clients/contact_list.py" line="398"/>
        <source>%n marked done.</source>
        <translation>
            <numerusform>%n контакт отмечен выполненным.</numerusform>
            <numerusform>%n контакта отмечены выполненными.</numerusform>
            <numerusform>%n контактов отмечены выполненными.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/clients/contact_list.py" line="399"/>
        <source>%n marked done, {taken} already taken by another desk.</source>
        <translation>
            <numerusform>%n контакт отмечен выполненным, ещё {taken} уже обработаны на другом рабочем месте.</numerusform>
            <numerusform>%n контакта отмечены выполненными, ещё {taken} уже обработаны на другом рабочем месте.</numerusform>
            <numerusform>%n контактов отмечены выполненными, ещё {taken} уже обработаны на другом рабочем месте.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="418"/>
        <source>Export the list for a mailing service</source>
        <translation>Выгрузка списка для сервиса рассылок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="420"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/clients/contact_list.py" line="430"/>
        <source>%n contact(s) exported to {path}.</source>
        <translation>
            <numerusform>%n контакт выгружен в {path}.</numerusform>
            <numerusform>%n контакта выгружены в {path}.</numerusform>
            <numerusform>%n контактов выгружены в {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="103"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="123"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="126"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="259"/>
        <source>The form now shows what is saved. Change it and save.</source>
        <translation>Теперь в форме сохранённые данные. Измените их и сохраните.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="268"/>
        <source>Your input is kept. Save to replace what the other desk saved.</source>
        <translation>Ваши изменения не потеряны. Сохраните, чтобы заменить данные, сохранённые на другом рабочем месте.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="279"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="280"/>
        <source>Close the card and drop your changes to the client&apos;s details?</source>
        <translation>Закрыть карточку без сохранения изменений в данных клиента?</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="67"/>
        <source>Client since</source>
        <translation>Клиент с</translation>
    </message>
</context>
<context>
    <name>DamageDiagram</name>
    <message>
        <location filename="../../desk_app/ui/damage/widget.py" line="95"/>
        <source>Click the car to place a mark of the chosen kind. Drag a mark to move it, double-click it to add a note, press Delete to remove it.</source>
        <translation>Щёлкните по автомобилю, чтобы поставить отметку выбранного вида. Перетащите отметку, чтобы переместить; дважды щёлкните, чтобы добавить примечание; нажмите Delete, чтобы удалить.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/widget.py" line="133"/>
        <source>{kind} ({letter}): click the car to place it. Key {number}</source>
        <translation>{kind} ({letter}): щёлкните по автомобилю, чтобы поставить отметку. Клавиша {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/damage/widget.py" line="234"/>
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n отметка</numerusform>
            <numerusform>%n отметки</numerusform>
            <numerusform>%n отметок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/widget.py" line="234"/>
        <source>No damage marked</source>
        <translation>Повреждения не отмечены</translation>
    </message>
</context>
<context>
    <name>DatabaseChoiceBox</name>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="226"/>
        <source>&amp;This computer only</source>
        <translation>&amp;Только этот компьютер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="227"/>
        <source>&amp;Shared database (PostgreSQL)</source>
        <translation>&amp;Общая база данных (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="234"/>
        <source>The shop&apos;s data is kept in a file on this computer ({path}). Right for a shop with one desk.</source>
        <translation>Данные сервиса хранятся в файле на этом компьютере ({path}). Подходит для сервиса с одним рабочим местом.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="240"/>
        <source>Several desks work on one database on the shop&apos;s server, and see each other&apos;s work. Ask whoever set up the server for these details.</source>
        <translation>Несколько рабочих мест работают с одной базой данных на сервере сервиса и видят изменения друг друга. Эти данные можно узнать у того, кто настраивал сервер.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="285"/>
        <source>Choose the database — Service desk</source>
        <translation>Выбор базы данных — Автосервис</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="287"/>
        <source>Where does this desk keep the shop&apos;s data?</source>
        <translation>Где это рабочее место хранит данные сервиса?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="289"/>
        <source>The shared database cannot be opened</source>
        <translation>Не удаётся открыть общую базу данных</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="304"/>
        <source>Use this database</source>
        <translation>Использовать эту базу данных</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="306"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="348"/>
        <source>The password of user “{user}” for the shared database {where}:</source>
        <translation>Пароль пользователя «{user}» для общей базы данных {where}:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="352"/>
        <source>It is kept in this computer&apos;s keyring once the database opens.</source>
        <translation>После открытия базы данных пароль будет сохранён в хранилище паролей этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="356"/>
        <source>This computer has no keyring, so the password is asked at each start.</source>
        <translation>На этом компьютере нет хранилища паролей, поэтому пароль запрашивается при каждом запуске.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="363"/>
        <source>Password — Service desk</source>
        <translation>Пароль — Автосервис</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="57"/>
        <source>Use for this workstation</source>
        <translation>Использовать на этом рабочем месте</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="61"/>
        <source>Move this shop to the shared database…</source>
        <translation>Перенести сервис в общую базу данных…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="81"/>
        <source>Which database this workstation opens. A change applies the next time the application starts on this computer; the other desks keep their own choice.</source>
        <translation>Какую базу данных открывает это рабочее место. Изменение вступит в силу при следующем запуске программы на этом компьютере; на других рабочих местах выбор не изменится.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="88"/>
        <source>In use now:</source>
        <translation>Используется сейчас:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="89"/>
        <source>At the next start:</source>
        <translation>При следующем запуске:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="90"/>
        <source>Database of this workstation</source>
        <translation>База данных этого рабочего места</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="99"/>
        <source>Moving the shop to a shared database</source>
        <translation>Перенос сервиса в общую базу данных</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="103"/>
        <source>A shop that began on this computer copies all its data to an empty PostgreSQL database once, then every desk chooses that database.</source>
        <translation>Если сервис начинал работу на этом компьютере, все его данные один раз копируются в пустую базу данных PostgreSQL, после чего на каждом рабочем месте выбирается эта база данных.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="127"/>
        <source>This computer only — {where}</source>
        <translation>Только этот компьютер — {where}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="129"/>
        <location filename="../../desk_app/ui/admin/database_page.py" line="143"/>
        <source>Shared database — {where}</source>
        <translation>Общая база данных — {where}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="147"/>
        <source>This computer only</source>
        <translation>Только этот компьютер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="184"/>
        <source>This computer has no keyring: the password is asked at each start.</source>
        <translation>На этом компьютере нет хранилища паролей: пароль запрашивается при каждом запуске.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="190"/>
        <source>Saved: the application opens this database from its next start.</source>
        <translation>Сохранено: программа откроет эту базу данных при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="202"/>
        <source>This desk already works on a shared database.</source>
        <translation>Это рабочее место уже работает с общей базой данных.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="204"/>
        <source>Copies every record of this computer&apos;s database there.</source>
        <translation>Копирует туда все записи из базы данных этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="206"/>
        <source>First Connect to an empty PostgreSQL database above.</source>
        <translation>Сначала подключитесь выше к пустой базе данных PostgreSQL (кнопка «Подключиться»).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="230"/>
        <source>The shop is in the shared database now. This workstation opens it from its next start; choose it on the other desks too.</source>
        <translation>Теперь данные сервиса находятся в общей базе данных. Это рабочее место откроет её при следующем запуске; выберите её и на других рабочих местах.</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <location filename="../../desk_app/ui/demo_loader.py" line="36"/>
        <source>Demo shop</source>
        <translation>Демо-сервис</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/demo_loader.py" line="37"/>
        <source>Preparing the demo shop…</source>
        <translation>Подготовка демо-сервиса…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/demo_loader.py" line="38"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/demo_loader.py" line="75"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>DepartmentCard</name>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="169"/>
        <source>{score} of 5</source>
        <translation>{score} из 5</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="175"/>
        <source>Requests received</source>
        <translation>Получено заявок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="176"/>
        <source>Median response</source>
        <translation>Медианное время ответа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="179"/>
        <source>Answered within the standard</source>
        <translation>Ответ в пределах норматива</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="182"/>
        <source>Rated “good”</source>
        <translation>Оценено «хорошо»</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="183"/>
        <source>Average score</source>
        <translation>Средний балл</translation>
    </message>
</context>
<context>
    <name>DiagramScene</name>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="61"/>
        <source>Right side</source>
        <translation>Правая сторона</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="62"/>
        <source>Top</source>
        <translation>Вид сверху</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="63"/>
        <source>Left side</source>
        <translation>Левая сторона</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="64"/>
        <source>Front</source>
        <translation>Спереди</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="65"/>
        <source>Rear</source>
        <translation>Сзади</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="266"/>
        <source>Edit note…</source>
        <translation>Изменить примечание…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="266"/>
        <source>Add note…</source>
        <translation>Добавить примечание…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="269"/>
        <source>Kind of damage</source>
        <translation>Вид повреждения</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="276"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="54"/>
        <source>Discount — {number}</source>
        <translation>Скидка — {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="60"/>
        <source>e.g. regular client, loyalty card</source>
        <translation>например, постоянный клиент, карта лояльности</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="61"/>
        <source>Discount, &amp;%:</source>
        <translation>&amp;Скидка, %:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="62"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="64"/>
        <source>Applies to the agreed works and parts; now {subtotal}.</source>
        <translation>Применяется к согласованным работам и запчастям; сейчас {subtotal}.</translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_duplicates.py" line="61"/>
        <source>Possibly the same client: {name} also has {shared}.</source>
        <translation>Возможно, это тот же клиент: у клиента {name} те же данные — {shared}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_duplicates.py" line="68"/>
        <source>Open that card</source>
        <translation>Открыть ту карточку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_duplicates.py" line="77"/>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desk_app/ui/errors.py" line="78"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/errors.py" line="79"/>
        <source>Something went wrong inside the application. Your open forms are kept; save your work and restart if anything looks wrong.

Details were written to {path}.</source>
        <translation>В программе произошла ошибка. Открытые формы не потеряны; сохраните работу и перезапустите программу, если что-то работает неправильно.

Подробности записаны в {path}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="13"/>
        <source>A VIN has 17 characters; this one has {length}.</source>
        <translation>VIN состоит из 17 символов, а в этом — {length}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="14"/>
        <source>A VIN has only Latin letters and digits; “{char}” (character {position}) is neither.</source>
        <translation>VIN состоит только из латинских букв и цифр; «{char}» (символ {position}) не подходит.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="15"/>
        <source>A VIN never contains the letter {char} (character {position}): did you mean {digit}?</source>
        <translation>В VIN не бывает буквы {char} (символ {position}): возможно, имелась в виду цифра {digit}?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="16"/>
        <source>A birthday cannot be in the future.</source>
        <translation>Дата рождения не может быть в будущем.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="17"/>
        <source>A goal is agreed between two different departments.</source>
        <translation>Цель согласуется между двумя разными отделами.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="18"/>
        <source>A goal is agreed in advance: choose today or a later date.</source>
        <translation>Цель согласуется заранее: выберите сегодняшнюю или более позднюю дату.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="19"/>
        <source>A phone number cannot contain letters: {text}.</source>
        <translation>Номер телефона не может содержать буквы: {text}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="20"/>
        <source>A plate has at most {limit} characters; this text has {length}.</source>
        <translation>В гос. номере не больше {limit} символов, а здесь — {length}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="21"/>
        <source>A plate has only letters and digits; “{char}” cannot be on one.</source>
        <translation>Гос. номер состоит только из букв и цифр; символа «{char}» в нём быть не может.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="22"/>
        <source>A score is from {low} to {high}.</source>
        <translation>Оценка — от {low} до {high}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="23"/>
        <source>A slot lasts from 1 minute to {limit} hours.</source>
        <translation>Интервал записи длится от 1 минуты до {limit} ч.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="24"/>
        <source>A tax number has only letters and digits.</source>
        <translation>Налоговый номер состоит только из букв и цифр.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="25"/>
        <source>A warranty is from 0 to {limit} months.</source>
        <translation>Гарантия — от 0 до {limit} мес.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="26"/>
        <source>A window must close after it opens, within one day.</source>
        <translation>Часы приёма должны заканчиваться позже, чем начинаются, в пределах одних суток.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="27"/>
        <source>A window&apos;s day must be Monday to Sunday.</source>
        <translation>День часов приёма должен быть с понедельника по воскресенье.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="28"/>
        <source>A work already done stays on the order; change its price.</source>
        <translation>Уже выполненная работа остаётся в заказ-наряде; измените её цену.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="29"/>
        <source>Add the extra works to order {number} first: there is nothing to ask about.</source>
        <translation>Сначала добавьте доп. работы в заказ-наряд {number}: согласовывать с клиентом пока нечего.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="30"/>
        <source>An INN has 10 digits (an organisation) or 12 (an entrepreneur).</source>
        <translation>ИНН состоит из 10 цифр (организация) или 12 (индивидуальный предприниматель).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="31"/>
        <source>An OGRN has 13 digits; an entrepreneur&apos;s OGRNIP has 15.</source>
        <translation>ОГРН состоит из 13 цифр; ОГРНИП индивидуального предпринимателя — из 15.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="32"/>
        <source>An amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="33"/>
        <source>An erased card cannot be merged.</source>
        <translation>Карточку с удалёнными данными нельзя объединить.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="34"/>
        <source>An order in “{source}” cannot go to “{target}”.</source>
        <translation>Заказ-наряд нельзя перевести из статуса «{source}» в статус «{target}».</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="35"/>
        <source>An order waits for the client&apos;s approval only with proposed extra works: propose them, and the order moves by itself.</source>
        <translation>Заказ-наряд ожидает согласования клиента только при предложенных доп. работах: предложите их, и статус изменится автоматически.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="36"/>
        <source>An organisation has a 10-digit INN and a 13-digit OGRN; an entrepreneur a 12-digit INN and a 15-digit OGRNIP.</source>
        <translation>У организации ИНН из 10 цифр и ОГРН из 13; у индивидуального предпринимателя ИНН из 12 цифр и ОГРНИП из 15.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="37"/>
        <source>At most {limit} characters fit here.</source>
        <translation>Здесь помещается не больше {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="38"/>
        <source>At most {limit} damage marks fit on one diagram.</source>
        <translation>На одной схеме помещается не больше {limit} отметок повреждений.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="39"/>
        <source>At most {limit} parts fit on one order.</source>
        <translation>В один заказ-наряд помещается не больше {limit} запчастей.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="40"/>
        <source>At most {limit} rows fit in the table.</source>
        <translation>В таблицу помещается не больше {limit} строк.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="41"/>
        <source>At most {limit} works fit on one order.</source>
        <translation>В один заказ-наряд помещается не больше {limit} работ.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="42"/>
        <source>Bring the item back before moving it.</source>
        <translation>Сначала верните пункт в список, а затем перемещайте его.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="43"/>
        <source>Check the year of birth.</source>
        <translation>Проверьте год рождения.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="44"/>
        <source>Choose a day after today.</source>
        <translation>Выберите день позже сегодняшнего.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="45"/>
        <source>Choose a mechanic who works here.</source>
        <translation>Выберите слесаря, который работает в сервисе.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="46"/>
        <source>Choose a person or a company.</source>
        <translation>Выберите: физическое лицо или организация.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="47"/>
        <source>Choose at least one role.</source>
        <translation>Выберите хотя бы одну роль.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="48"/>
        <source>Choose how satisfied the client is, from 1 to 5.</source>
        <translation>Укажите степень удовлетворённости клиента — от 1 до 5.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="49"/>
        <source>Choose how the client likes to be contacted.</source>
        <translation>Укажите, как клиенту удобнее связываться.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="50"/>
        <source>Choose ok, attention or urgent.</source>
        <translation>Выберите: норма, внимание или срочно.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="51"/>
        <source>Choose the work order whose car waits for the parts.</source>
        <translation>Выберите заказ-наряд, автомобиль по которому ждёт запчасти.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="52"/>
        <source>Choose two different cards to merge.</source>
        <translation>Выберите две разные карточки для объединения.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="53"/>
        <source>Connected to {where}: the database is empty; the application creates its tables at start.</source>
        <translation>Подключено к {where}: база данных пуста; программа создаст таблицы при запуске.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="54"/>
        <source>Connected to {where}: the database is ready.</source>
        <translation>Подключено к {where}: база данных готова к работе.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="55"/>
        <source>Connected to {where}: the database was made by an older version (schema {found}); it is upgraded at start, after a backup.</source>
        <translation>Подключено к {where}: база данных создана более старой версией (схема {found}); при запуске она будет обновлена после создания резервной копии.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="56"/>
        <source>Copying {table} failed: {detail}. The shared database was left as it was.</source>
        <translation>Не удалось скопировать таблицу {table}: {detail}. Общая база данных не изменена.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="57"/>
        <source>Demo data goes only into an empty database; this one already has data.</source>
        <translation>Демо-данные загружаются только в пустую базу данных, а в этой уже есть данные.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="58"/>
        <source>Enter a number from {low} to {high}.</source>
        <translation>Введите число от {low} до {high}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="59"/>
        <source>Enter a number.</source>
        <translation>Введите число.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="60"/>
        <source>Enter a phone number to reach the client.</source>
        <translation>Укажите телефон для связи с клиентом.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="61"/>
        <source>Enter the car&apos;s make.</source>
        <translation>Укажите марку автомобиля.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="62"/>
        <source>Enter the client&apos;s name.</source>
        <translation>Укажите имя клиента.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="63"/>
        <source>Enter the company&apos;s name.</source>
        <translation>Укажите название организации.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="64"/>
        <source>Enter the item&apos;s name.</source>
        <translation>Укажите наименование позиции.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="65"/>
        <source>Enter the odometer reading as a whole number of kilometres, not “{text}”.</source>
        <translation>Укажите пробег целым числом километров, а не «{text}».</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="66"/>
        <source>Enter the odometer reading in kilometres.</source>
        <translation>Укажите пробег в километрах.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="67"/>
        <source>Enter the operation&apos;s code.</source>
        <translation>Укажите код операции.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="68"/>
        <source>Enter the operation&apos;s name.</source>
        <translation>Укажите название операции.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="69"/>
        <source>Enter the person&apos;s full name.</source>
        <translation>Укажите ФИО полностью.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="70"/>
        <source>Enter the shop&apos;s name.</source>
        <translation>Укажите название сервиса.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="71"/>
        <source>Give each item a name or a part number.</source>
        <translation>Укажите для каждой позиции наименование или артикул.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="72"/>
        <source>Give this criterion a score.</source>
        <translation>Поставьте оценку по этому критерию.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="73"/>
        <source>Keep the reason under {limit} characters.</source>
        <translation>Основание должно быть короче {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="74"/>
        <source>Loading the demo shop was cancelled; nothing was added.</source>
        <translation>Загрузка демо-сервиса отменена; ничего не добавлено.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="75"/>
        <source>Mark {number} has an unknown kind of damage.</source>
        <translation>Отметка {number}: неизвестный вид повреждения.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="76"/>
        <source>Mark {number} lies outside the diagram.</source>
        <translation>Отметка {number} находится за пределами схемы.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="77"/>
        <source>Moving the shop was cancelled; the shared database was left as it was.</source>
        <translation>Перенос сервиса отменён; общая база данных не изменена.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="78"/>
        <source>Name the part.</source>
        <translation>Укажите название запчасти.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="79"/>
        <source>Name the point.</source>
        <translation>Укажите название пункта.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="80"/>
        <source>Name the round, e.g. “Autumn 2026”.</source>
        <translation>Укажите название опроса, например «Осень 2026».</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="81"/>
        <source>Name the work.</source>
        <translation>Укажите название работы.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="82"/>
        <source>Nothing to issue on request {number}: no item is answered in stock, or all of them are issued already.</source>
        <translation>По заявке {number} нечего выдавать: ни одной позиции нет в наличии по ответу, или все они уже выданы.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="83"/>
        <source>Nothing to reserve on request {number}: no item answered in stock waits for it.</source>
        <translation>По заявке {number} нечего резервировать: нет позиций, которые есть в наличии по ответу и ждут резерва.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="84"/>
        <source>Only SQLite files and PostgreSQL servers are supported, not “{backend}”.</source>
        <translation>Поддерживаются только файлы SQLite и серверы PostgreSQL, а не «{backend}».</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="85"/>
        <source>Only a SQLite database is copied file by file.</source>
        <translation>Пофайлово копируется только база данных SQLite.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="86"/>
        <source>Only a booked appointment can be changed.</source>
        <translation>Изменить можно только запись, которая ещё не состоялась и не отменена.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="87"/>
        <source>Only a mechanic working on order {number} can send it to the quality check.</source>
        <translation>Отправить заказ-наряд {number} на контроль качества может только слесарь, работающий по нему.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="88"/>
        <source>Only a parts request puts the car on hold for parts.</source>
        <translation>Ожидание запчастей для автомобиля устанавливается только заявкой в отдел запчастей.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="89"/>
        <source>Only parts are reserved and issued.</source>
        <translation>Резервируются и выдаются только запчасти.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="90"/>
        <source>Only the master decides that a car waits for parts.</source>
        <translation>Решение о том, что автомобиль ждёт запчасти, принимает только мастер.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="91"/>
        <source>Only the quality check moves a car out of the check: pass it or fail it with the reason.</source>
        <translation>Вывести автомобиль с контроля качества можно только по его итогам: пропустите автомобиль или верните его с указанием причины.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="92"/>
        <source>Only whoever filed request {number} and the department it is addressed to may see it.</source>
        <translation>Заявку {number} могут видеть только её автор и отдел, которому она адресована.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="93"/>
        <source>Only whoever filed request {number} may cancel it.</source>
        <translation>Отменить заявку {number} может только её автор.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="94"/>
        <source>Only whoever filed request {number} rates its answer.</source>
        <translation>Оценить ответ на заявку {number} может только её автор.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="95"/>
        <source>Order {number} has no proposed works waiting for an answer.</source>
        <translation>В заказ-наряде {number} нет предложенных работ, ожидающих ответа клиента.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="96"/>
        <source>Order {number} has no works left to hand over: add works to it first, or pick a bar with works still to do.</source>
        <translation>В заказ-наряде {number} не осталось работ для передачи: сначала добавьте в него работы или выберите полосу с ещё не выполненными работами.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="97"/>
        <source>Order {number} is closed ({status}); a closed order does not move.</source>
        <translation>Заказ-наряд {number} закрыт ({status}); статус закрытого заказ-наряда не меняется.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="98"/>
        <source>Order {number} is closed; a closed order cannot be reassigned.</source>
        <translation>Заказ-наряд {number} закрыт; закрытый заказ-наряд нельзя переназначить.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="99"/>
        <source>Order {number} is closed; its works and prices no longer change.</source>
        <translation>Заказ-наряд {number} закрыт; его работы и цены больше не меняются.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="100"/>
        <source>Order {number} is closed; requests are filed for open orders.</source>
        <translation>Заказ-наряд {number} закрыт; заявки подаются только по открытым заказ-нарядам.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="101"/>
        <source>Order {number} is not handed over yet: there is nothing to call back about.</source>
        <translation>Автомобиль по заказ-наряду {number} ещё не выдан: контрольный звонок пока не нужен.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="102"/>
        <source>Order {number} is not waiting for the quality check.</source>
        <translation>Заказ-наряд {number} не ожидает контроля качества.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="103"/>
        <source>Order {order} is closed; no parts are issued to it.</source>
        <translation>Заказ-наряд {order} закрыт; запчасти по нему больше не выдаются.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="104"/>
        <source>Parts are issued to a work order: choose the order.</source>
        <translation>Запчасти выдаются по заказ-наряду: выберите заказ-наряд.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="105"/>
        <source>Parts of request {number} are already issued to the order; close it instead.</source>
        <translation>Запчасти по заявке {number} уже выданы в заказ-наряд; просто закройте заявку.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="106"/>
        <source>Pick the car, or enter a new one.</source>
        <translation>Выберите автомобиль или введите новый.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="107"/>
        <source>Pick the client, or enter a new one.</source>
        <translation>Выберите клиента или введите нового.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="108"/>
        <source>Rate from 1 to 5, or leave the score out.</source>
        <translation>Поставьте оценку от 1 до 5 или оставьте её пустой.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="109"/>
        <source>Request {number} has already been taken.</source>
        <translation>Заявка {number} уже взята в работу.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="110"/>
        <source>Request {number} has no answer to rate yet; cancel it if you no longer need it.</source>
        <translation>На заявку {number} ещё нет ответа, который можно оценить; если она больше не нужна, отмените её.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="111"/>
        <source>Request {number} has no work order to issue the parts to.</source>
        <translation>У заявки {number} нет заказ-наряда, в который можно выдать запчасти.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="112"/>
        <source>Request {number} is addressed to {department}; you do not answer for it.</source>
        <translation>Заявка {number} адресована другому отделу ({department}); отвечать на неё должны не вы.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="113"/>
        <source>Request {number} is already answered; answer it again instead of rejecting it.</source>
        <translation>На заявку {number} уже дан ответ; вместо отклонения дайте новый ответ.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="114"/>
        <source>Request {number} is {status}; it can no longer be cancelled.</source>
        <translation>Заявка {number} в статусе «{status}»; её уже нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="115"/>
        <source>Request {number} is {status}; it can no longer be rated.</source>
        <translation>Заявка {number} в статусе «{status}»; её уже нельзя оценить.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="116"/>
        <source>Request {number} is {status}; nothing more is done on it.</source>
        <translation>Заявка {number} в статусе «{status}»; работа по ней завершена.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="117"/>
        <source>Russian plates use only the letters А, В, Е, К, М, Н, О, Р, С, Т, У, Х, not “{char}”. The plate is kept as typed: check it against the documents.</source>
        <translation>В российских гос. номерах используются только буквы А, В, Е, К, М, Н, О, Р, С, Т, У, Х, а не «{char}». Номер сохранён в том виде, как введён: сверьте его с документами.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="118"/>
        <source>Say what is to be achieved, e.g. “trained fitters”.</source>
        <translation>Укажите, чего нужно достичь, например «обученные слесари».</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="119"/>
        <source>Say what is wrong, for the mechanic.</source>
        <translation>Опишите неисправность для слесаря.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="120"/>
        <source>Say what was not good: one bad answer must be on record.</source>
        <translation>Укажите, что было плохо: причина плохой оценки должна быть зафиксирована.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="121"/>
        <source>Say what you need: write the request or list the items.</source>
        <translation>Укажите, что нужно: напишите текст заявки или перечислите позиции.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="122"/>
        <source>Say why the car goes back to work.</source>
        <translation>Укажите, почему автомобиль возвращается в работу.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="123"/>
        <source>Say why the discount is given.</source>
        <translation>Укажите основание скидки.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="124"/>
        <source>Say why the order is cancelled.</source>
        <translation>Укажите причину отмены заказ-наряда.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="125"/>
        <source>Say why the request is rejected.</source>
        <translation>Укажите причину отклонения заявки.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="126"/>
        <source>Set the fuel level.</source>
        <translation>Укажите уровень топлива.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="127"/>
        <source>Set the time the car is promised for.</source>
        <translation>Укажите обещанный срок.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="128"/>
        <source>Some of the chosen lines are not on this order.</source>
        <translation>Некоторых выбранных строк нет в этом заказ-наряде.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="129"/>
        <source>Someone at another desk has just dealt with this contact; the list shows it anew.</source>
        <translation>Этот контакт только что обработали на другом рабочем месте; список обновлён.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="130"/>
        <source>Someone else changed this {what} while you were editing it. Reload it to see their changes; your input is kept.</source>
        <translation>Пока вы редактировали данные ({what}), их изменил другой пользователь. Обновите данные, чтобы увидеть изменения; введённое вами сохранится.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="131"/>
        <source>Someone else changed this {what} while you were editing it: {who} moved it to “{status}” at {when}. Reload it to see their changes; your input is kept.</source>
        <translation>Пока вы редактировали данные ({what}), их изменил другой пользователь: {who}, {when}, новый статус — «{status}». Обновите данные, чтобы увидеть изменения; введённое вами сохранится.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="132"/>
        <source>Someone else changed this {what} while you were editing it: {who} saved it at {when}. Reload it to see their changes; your input is kept.</source>
        <translation>Пока вы редактировали данные ({what}), их изменил другой пользователь: сохранено — {who}, {when}. Обновите данные, чтобы увидеть изменения; введённое вами сохранится.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="133"/>
        <source>Something went wrong.</source>
        <translation>Что-то пошло не так.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="134"/>
        <source>That is too late: by then this contact has no point.</source>
        <translation>Слишком поздно: к этому времени связываться с клиентом уже не будет смысла.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="135"/>
        <source>The VIN {vin} belongs to {vehicle} {plate} on file: pick that car instead.</source>
        <translation>VIN {vin} уже есть в базе: {vehicle} {plate}. Выберите этот автомобиль.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="136"/>
        <source>The amount is too large.</source>
        <translation>Слишком большая сумма.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="137"/>
        <source>The answer cannot come from the future.</source>
        <translation>Ответ не может быть датирован будущим временем.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="138"/>
        <source>The appointment was booked for another client.</source>
        <translation>Запись сделана на другого клиента.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="139"/>
        <source>The car no longer exists.</source>
        <translation>Автомобиль больше не существует.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="140"/>
        <source>The car of this appointment is already accepted.</source>
        <translation>Автомобиль по этой записи уже принят.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="141"/>
        <source>The check digit (character 9, “{char}”) does not match the rest of the VIN. Many makers outside North America do not use one, but compare the VIN with the documents.</source>
        <translation>Контрольный символ (9-й символ, «{char}») не соответствует остальной части VIN. Многие производители за пределами Северной Америки его не используют, но всё же сверьте VIN с документами.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="142"/>
        <source>The check digit (character 9, “{char}”) does not match the rest of the VIN: a character is probably mistyped.</source>
        <translation>Контрольный символ (9-й символ, «{char}») не соответствует остальной части VIN: вероятно, какой-то символ введён с ошибкой.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="143"/>
        <source>The check digit of this number does not match: look for a typo.</source>
        <translation>Контрольная цифра этого номера не совпадает: проверьте, нет ли опечатки.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="144"/>
        <source>The check digits of this INN do not match: look for a typo.</source>
        <translation>Контрольные цифры этого ИНН не совпадают: проверьте, нет ли опечатки.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="145"/>
        <source>The client has not agreed to this work; it is not to be done.</source>
        <translation>Клиент не согласовал эту работу; выполнять её нельзя.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="146"/>
        <source>The client has not answered on {count} proposed works yet: reception records his answer first.</source>
        <translation>Клиент ещё не ответил по предложенным работам ({count}): сначала приёмка должна внести его ответ.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="147"/>
        <source>The client&apos;s card no longer exists.</source>
        <translation>Карточка клиента больше не существует.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="148"/>
        <source>The code {code} is already used by “{name}”.</source>
        <translation>Код {code} уже используется: «{name}».</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="149"/>
        <source>The copy of the database could not be made: {reason}</source>
        <translation>Не удалось создать копию базы данных: {reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="150"/>
        <source>The copy of {table} does not match: {source_rows} rows here, {target_rows} on the server (checksum {source_sum} against {target_sum}). The shared database was left as it was.</source>
        <translation>Копия таблицы {table} не совпадает: здесь строк — {source_rows}, на сервере — {target_rows} (контрольная сумма {source_sum} против {target_sum}). Общая база данных не изменена.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="151"/>
        <source>The database file “{path}” cannot be opened: {detail}.</source>
        <translation>Не удаётся открыть файл базы данных «{path}»: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="152"/>
        <source>The database file “{path}” cannot be reached: {detail}.</source>
        <translation>Нет доступа к файлу базы данных «{path}»: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="153"/>
        <source>The database is busy or out of reach; nothing was saved. Try again in a moment.</source>
        <translation>База данных занята или недоступна; ничего не сохранено. Повторите попытку через несколько секунд.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="154"/>
        <source>The database is busy or out of reach; nothing was saved. Your form is kept: try saving again in a moment.</source>
        <translation>База данных занята или недоступна; ничего не сохранено. Данные формы не потеряны: попробуйте сохранить ещё раз через несколько секунд.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="155"/>
        <source>The database needs an upgrade, but the copy taken before it could not be made, so nothing was changed: {reason}</source>
        <translation>Базу данных нужно обновить, но предварительно создать её копию не удалось, поэтому ничего не изменено: {reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="156"/>
        <source>The database server at {where} does not answer: no computer named “{host}” is known on the network. Check the name.</source>
        <translation>Сервер базы данных {where} не отвечает: компьютер с именем «{host}» в сети не найден. Проверьте имя.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="157"/>
        <source>The database server at {where} does not answer: {detail}</source>
        <translation>Сервер базы данных {where} не отвечает: {detail}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="158"/>
        <source>The database server at {where} does not answer: {detail}.</source>
        <translation>Сервер базы данных {where} не отвечает: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="159"/>
        <source>The database server at {where} does not answer: “{host}” cannot be reached. Check the name, the network and the server&apos;s firewall.</source>
        <translation>Сервер базы данных {where} не отвечает: «{host}» недоступен. Проверьте имя, сеть и брандмауэр сервера.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="160"/>
        <source>The database server at {where} does not answer: “{host}” has no PostgreSQL server at port {port}. Check the port, and that the server is running.</source>
        <translation>Сервер базы данных {where} не отвечает: на «{host}» нет сервера PostgreSQL на порту {port}. Проверьте порт и убедитесь, что сервер запущен.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="161"/>
        <source>The database {where} already holds data ({table}: {rows} rows). Choose an empty database: the shop is never mixed with another one.</source>
        <translation>В базе данных {where} уже есть данные ({table}: строк — {rows}). Выберите пустую базу данных: данные сервиса никогда не смешиваются с данными другого.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="162"/>
        <source>The database “{path}” is busy: another window or program is writing to it.</source>
        <translation>База данных «{path}» занята: в неё записывает другое окно или программа.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="163"/>
        <source>The database “{path}” is locked by another program.</source>
        <translation>База данных «{path}» заблокирована другой программой.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="164"/>
        <source>The draft cannot be kept: {detail}.</source>
        <translation>Не удалось сохранить черновик: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="165"/>
        <source>The extension {extension} is not kept with the number; write it in the notes.</source>
        <translation>Добавочный номер {extension} не сохраняется вместе с номером телефона; укажите его в примечаниях.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="166"/>
        <source>The fact of this goal is recorded: its terms no longer change.</source>
        <translation>Факт по этой цели уже внесён: её условия больше не меняются.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="167"/>
        <source>The file “{path}” cannot be written: {reason}.</source>
        <translation>Не удалось записать файл «{path}»: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="168"/>
        <source>The first manager has already been created; log in instead.</source>
        <translation>Первый руководитель уже создан; войдите в программу.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="169"/>
        <source>The folder “{folder}” does not exist, so the database cannot be created there.</source>
        <translation>Папка «{folder}» не существует, поэтому создать в ней базу данных нельзя.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="170"/>
        <source>The form is too large to keep as a draft.</source>
        <translation>Форма слишком велика, чтобы сохранить её как черновик.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="171"/>
        <source>The fuel level is from 0 to 100 %.</source>
        <translation>Уровень топлива — от 0 до 100 %.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="172"/>
        <source>The goal is due on {due}: before then only a fact that meets the target ({target}) can be recorded.</source>
        <translation>Срок цели — {due}: до этой даты можно внести только факт, который достигает плана ({target}).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="173"/>
        <source>The logo may be at most {limit} MB.</source>
        <translation>Размер логотипа — не больше {limit} МБ.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="174"/>
        <source>The logo must be a PNG image.</source>
        <translation>Логотип должен быть изображением PNG.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="175"/>
        <source>The note of mark {number} is longer than {limit} characters.</source>
        <translation>Примечание к отметке {number} длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="176"/>
        <source>The odometer reading cannot be negative.</source>
        <translation>Пробег не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="177"/>
        <source>The odometer shows {value} km, less than the {last} km recorded at the last visit. Check the reading and confirm it if it is right.</source>
        <translation>Пробег {value} км меньше, чем {last} км, записанные при прошлом визите. Проверьте показания и подтвердите их, если всё верно.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="178"/>
        <source>The password must have at least {count} characters.</source>
        <translation>Пароль должен содержать не меньше {count} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="179"/>
        <source>The phone {phone} is on the card of {name}: pick that client instead.</source>
        <translation>Телефон {phone} указан в карточке клиента {name}: выберите этого клиента.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="180"/>
        <source>The printer {printer} could not start the job.</source>
        <translation>Принтеру {printer} не удалось начать печать.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="181"/>
        <source>The promised time has already passed.</source>
        <translation>Обещанный срок уже прошёл.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="182"/>
        <source>The promised time has no time zone.</source>
        <translation>В обещанном сроке не указан часовой пояс.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="183"/>
        <source>The promised time is from 1 to {limit} hours after intake.</source>
        <translation>Обещанный срок — от 1 до {limit} ч после приёмки.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="184"/>
        <source>The response time must be between 0 minutes and 30 days.</source>
        <translation>Срок ответа должен быть от 0 минут до 30 дней.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="185"/>
        <source>The results of “{title}” are shown once the round is closed.</source>
        <translation>Результаты опроса «{title}» будут показаны после его закрытия.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="186"/>
        <source>The round “{title}” is already closed.</source>
        <translation>Опрос «{title}» уже закрыт.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="187"/>
        <source>The round “{title}” is closed: ratings are no longer taken.</source>
        <translation>Опрос «{title}» закрыт: оценки больше не принимаются.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="188"/>
        <source>The round “{title}” is still open: close it before opening another.</source>
        <translation>Опрос «{title}» ещё открыт: закройте его, прежде чем открывать новый.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="189"/>
        <source>The rule gives this client {allowed} %; a larger discount needs the finance department&apos;s approval.</source>
        <translation>По правилу этому клиенту положена скидка {allowed} %; для большей скидки нужно согласование бухгалтерии.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="190"/>
        <source>The server at {where} asks for the password of user “{user}”.</source>
        <translation>Сервер {where} запрашивает пароль пользователя «{user}».</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="191"/>
        <source>The server at {where} does not accept user “{user}” from this computer: its administrator allows it in pg_hba.conf.</source>
        <translation>Сервер {where} не принимает подключения пользователя «{user}» с этого компьютера: разрешить их может администратор сервера в pg_hba.conf.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="192"/>
        <source>The server at {where} does not let user “{user}” log in.</source>
        <translation>Сервер {where} не разрешает вход пользователю «{user}».</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="193"/>
        <source>The server at {where} has no database “{name}”. Create it once, e.g. “createdb -h {host} -p {port} -U {user} {name}”, and connect again.</source>
        <translation>На сервере {where} нет базы данных «{name}». Создайте её один раз, например командой «createdb -h {host} -p {port} -U {user} {name}», и подключитесь снова.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="194"/>
        <source>The server at {where} refused the user name or password: check both.</source>
        <translation>Сервер {where} не принял имя пользователя или пароль: проверьте и то и другое.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="195"/>
        <source>The server at {where} refused the user name or password: it has no user “{user}”.</source>
        <translation>Сервер {where} не принял имя пользователя или пароль: пользователя «{user}» на нём нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="196"/>
        <source>The shop can be moved only to a PostgreSQL server; {where} is not one.</source>
        <translation>Перенести сервис можно только на сервер PostgreSQL, а {where} им не является.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="197"/>
        <source>The shop has no {department}.</source>
        <translation>В сервисе нет отдела: {department}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="198"/>
        <source>The slot has not started yet.</source>
        <translation>Интервал записи ещё не начался.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="199"/>
        <source>The time has no time zone.</source>
        <translation>Для времени не указан часовой пояс.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="200"/>
        <source>The value cannot be negative.</source>
        <translation>Значение не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="201"/>
        <source>The value cannot exceed {maximum}.</source>
        <translation>Значение не может быть больше {maximum}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="202"/>
        <source>The value must be more than zero.</source>
        <translation>Значение должно быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="203"/>
        <source>The warranty is from 0 to {limit} months.</source>
        <translation>Гарантия — от 0 до {limit} мес.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="204"/>
        <source>The year of manufacture is from {first} to {last}.</source>
        <translation>Год выпуска — от {first} до {last}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="205"/>
        <source>The {what} no longer exists.</source>
        <translation>Больше не существует: {what}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="206"/>
        <source>This VIN is already on file: {title} {plate}. Merge the cards instead.</source>
        <translation>Этот VIN уже есть в базе: {title} {plate}. Объедините карточки.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="207"/>
        <source>This appointment was cancelled.</source>
        <translation>Эта запись отменена.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="208"/>
        <source>This car is already booked for a time that overlaps this one.</source>
        <translation>Этот автомобиль уже записан на время, которое пересекается с этим.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="209"/>
        <source>This client&apos;s card was anonymised; enter the client anew.</source>
        <translation>Данные в карточке этого клиента обезличены; введите клиента заново.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="210"/>
        <source>This client&apos;s data is already erased.</source>
        <translation>Данные этого клиента уже удалены.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="211"/>
        <source>This client&apos;s data was erased at his request; the card is closed.</source>
        <translation>Данные этого клиента удалены по его просьбе; карточка закрыта.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="212"/>
        <source>This client&apos;s personal data has been removed: he cannot be contacted.</source>
        <translation>Персональные данные этого клиента удалены: связаться с ним нельзя.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="213"/>
        <source>This database was last used by a newer version of the application (schema {found}). Update the application before opening it.</source>
        <translation>Эта база данных последний раз использовалась более новой версией программы (схема {found}). Обновите программу, прежде чем открывать её.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="214"/>
        <source>This desk already works on {where}; there is nothing to move.</source>
        <translation>Это рабочее место уже работает с {where}; переносить нечего.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="215"/>
        <source>This desk&apos;s database is at schema {found}, not {head}. Restart the application to bring it up to date, then move it.</source>
        <translation>База данных этого рабочего места имеет схему {found}, а не {head}. Перезапустите программу, чтобы обновить её, а затем выполните перенос.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="216"/>
        <source>This is not a valid phone number: {text}.</source>
        <translation>Это неверный номер телефона: {text}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="217"/>
        <source>This is not a valid phone number: {text}. Check the country code after “+”.</source>
        <translation>Это неверный номер телефона: {text}. Проверьте код страны после «+».</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="218"/>
        <source>This is not an e-mail address: {text}.</source>
        <translation>Это не адрес электронной почты: {text}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="219"/>
        <source>This moment has already passed: choose a later one.</source>
        <translation>Этот момент уже прошёл: выберите более позднее время.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="220"/>
        <source>This operation is no longer on the price list.</source>
        <translation>Этой операции больше нет в прейскуранте.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="221"/>
        <source>This phone number has too many or too few digits: {text}.</source>
        <translation>В этом номере телефона слишком много или слишком мало цифр: {text}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="222"/>
        <source>This phone number is too long: {text}.</source>
        <translation>Этот номер телефона слишком длинный: {text}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="223"/>
        <source>This phone number is too short: {text}. Include the area code.</source>
        <translation>Этот номер телефона слишком короткий: {text}. Укажите код города.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="224"/>
        <source>This time has already passed.</source>
        <translation>Это время уже прошло.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="225"/>
        <source>This work order no longer exists.</source>
        <translation>Этот заказ-наряд больше не существует.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="226"/>
        <source>Tick every point to pass, or fail the check and say why.</source>
        <translation>Отметьте все пункты, чтобы пройти контроль, или не пропускайте автомобиль и укажите причину.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="227"/>
        <source>Two rows start at the same order value.</source>
        <translation>Две строки начинаются с одной и той же суммы заказа.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="228"/>
        <source>Two windows of one day overlap.</source>
        <translation>Два периода приёма в один день пересекаются.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="229"/>
        <source>Unknown name or wrong password.</source>
        <translation>Неизвестное имя или неверный пароль.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="230"/>
        <source>User “{user}” may not connect to the database “{name}” at {where}.</source>
        <translation>Пользователю «{user}» не разрешено подключаться к базе данных «{name}» на {where}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="231"/>
        <source>Works of order {number} can be ticked only while the car is in work.</source>
        <translation>Работы по заказ-наряду {number} можно отмечать только пока автомобиль в работе.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="232"/>
        <source>Write down what the client asks for, or add a work.</source>
        <translation>Запишите, что просит клиент, или добавьте работу.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="233"/>
        <source>Write the answer or answer the items.</source>
        <translation>Напишите ответ или ответьте по позициям.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="234"/>
        <source>Write who answered for the client.</source>
        <translation>Укажите, кто ответил за клиента.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="235"/>
        <source>You cannot rate your own department.</source>
        <translation>Нельзя оценивать собственный отдел.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="236"/>
        <source>You cannot retire your own account.</source>
        <translation>Нельзя вывести из работы собственную учётную запись.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="237"/>
        <source>You cannot take the manager role from yourself.</source>
        <translation>Нельзя снять роль руководителя с самого себя.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="238"/>
        <source>You have already rated {department} in this round.</source>
        <translation>Вы уже оценили отдел «{department}» в этом опросе.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="239"/>
        <source>Your own department answers these requests: ask your colleagues.</source>
        <translation>На такие заявки отвечает ваш собственный отдел: обратитесь к коллегам.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="240"/>
        <source>Your role does not allow this: {action}.</source>
        <translation>Ваша роль не позволяет это сделать: {action}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="241"/>
        <source>{count} of the works on order {number} are not marked done yet.</source>
        <translation>Работы по заказ-наряду {number}, ещё не отмеченные выполненными: {count}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="242"/>
        <source>{day} is already a closed day.</source>
        <translation>{day} уже отмечен как нерабочий день.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="243"/>
        <source>{text} looks like a phone number but is not in any known range: check it with the client.</source>
        <translation>{text} похож на номер телефона, но не входит ни в один известный диапазон: уточните его у клиента.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="244"/>
        <source>{value} km is more than any car drives ({limit} km at most): check the reading.</source>
        <translation>{value} км — больше, чем проезжает любой автомобиль (не более {limit} км): проверьте показания.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="245"/>
        <source>{where} already holds tables of another program. Choose an empty database or one made by this application.</source>
        <translation>В {where} уже есть таблицы другой программы. Выберите пустую базу данных или созданную этой программой.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="246"/>
        <source>“{criterion}” is not a criterion of the survey.</source>
        <translation>«{criterion}» не является критерием опроса.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="247"/>
        <source>“{file}” is not a copy of this application&apos;s database, so it was not restored.</source>
        <translation>«{file}» не является копией базы данных этой программы, поэтому восстановление не выполнено.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="248"/>
        <source>“{item}” has no price yet: answer with its price before issuing it.</source>
        <translation>У позиции «{item}» ещё нет цены: укажите цену в ответе, прежде чем выдавать её.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="249"/>
        <source>“{item}” is already issued to the order; it no longer changes.</source>
        <translation>Позиция «{item}» уже выдана в заказ-наряд; она больше не меняется.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="250"/>
        <source>“{name}” already has an account.</source>
        <translation>У «{name}» уже есть учётная запись.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="251"/>
        <source>“{name}” is already on the list.</source>
        <translation>«{name}» уже есть в списке.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="252"/>
        <source>“{name}” is on the inspection list twice.</source>
        <translation>«{name}» встречается в списке осмотра дважды.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="253"/>
        <source>“{path}” is a folder, not a database file.</source>
        <translation>«{path}» — это папка, а не файл базы данных.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="254"/>
        <source>“{path}” is not a database file.</source>
        <translation>«{path}» не является файлом базы данных.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="255"/>
        <source>“{plate}” is neither a Russian nor a Chinese plate. It is kept as typed: check it against the registration document.</source>
        <translation>«{plate}» — ни российский, ни китайский гос. номер. Он сохранён в том виде, как введён: сверьте его со свидетельством о регистрации.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="256"/>
        <source>“{url}” is not a database address.</source>
        <translation>«{url}» не является адресом базы данных.</translation>
    </message>
</context>
<context>
    <name>FactForm</name>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="180"/>
        <source>Record the fact</source>
        <translation>Внести факт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="188"/>
        <source>&amp;Record the fact</source>
        <translation>&amp;Внести факт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="196"/>
        <source>A fact is recorded from the due date on; earlier only when the target is already met. A fact below the target, or none after the due date, is missed.</source>
        <translation>Факт вносится начиная со срока; раньше — только если план уже выполнен. Если факт ниже плана или после срока не внесён, цель считается невыполненной.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="208"/>
        <source>Goal:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="209"/>
        <source>&amp;Fact:</source>
        <translation>&amp;Факт:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="219"/>
        <source>Choose a goal in the list.</source>
        <translation>Выберите цель в списке.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="222"/>
        <source>{title}: {target} by {due} ({parties})</source>
        <translation>{title}: {target} к {due} ({parties})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="236"/>
        <source>Only the two departments of a goal and the manager record its fact.</source>
        <translation>Факт по цели вносят только два её отдела и руководитель.</translation>
    </message>
</context>
<context>
    <name>FilingDialog</name>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="64"/>
        <source>New request</source>
        <translation>Новая заявка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="83"/>
        <source>e.g. ЗН-00777</source>
        <translation>например, ЗН-00777</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="100"/>
        <source>What do you need? e.g. original pads only</source>
        <translation>Что нужно? Например, только оригинальные колодки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="102"/>
        <source>&amp;Needed by</source>
        <translation>&amp;Нужно к</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="115"/>
        <source>The car waits for these parts (order → Awaiting parts)</source>
        <translation>Автомобиль ждёт эти запчасти (заказ-наряд → «Ждёт запчасти»)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="145"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="146"/>
        <source>Work &amp;order:</source>
        <translation>&amp;Заказ-наряд:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="148"/>
        <source>&amp;Parts:</source>
        <translation>Зап&amp;части:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="150"/>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="151"/>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="154"/>
        <source>&amp;File the request</source>
        <translation>&amp;Подать заявку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="212"/>
        <source>No work order with this number.</source>
        <translation>Нет заказ-наряда с таким номером.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="215"/>
        <source>{vehicle} — {status}</source>
        <translation>{vehicle} — {status}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="241"/>
        <source>Choose what you ask for.</source>
        <translation>Выберите, что вы запрашиваете.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="245"/>
        <source>There is no work order with this number.</source>
        <translation>Заказ-наряда с таким номером нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="252"/>
        <source>Line {row}: the quantity is not a number.</source>
        <translation>Строка {row}: количество — не число.</translation>
    </message>
</context>
<context>
    <name>FirstManagerDialog</name>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="27"/>
        <source>Welcome — Service desk</source>
        <translation>Добро пожаловать — Автосервис</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="31"/>
        <source>This database is new. Create the manager&apos;s account: the manager then adds the receptionists, masters, mechanics, parts clerks and finance staff.</source>
        <translation>База данных новая. Создайте учётную запись руководителя: затем руководитель добавит мастеров-приёмщиков, мастеров, слесарей, сотрудников отдела запчастей и бухгалтерии.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="37"/>
        <source>e.g. Ivanova Maria Petrovna</source>
        <translation>например, Иванова Мария Петровна</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="48"/>
        <source>Full &amp;name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="50"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="51"/>
        <source>&amp;Repeat password:</source>
        <translation>П&amp;овторите пароль:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="56"/>
        <source>Create and log in</source>
        <translation>Создать и войти</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="58"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="72"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>ForgetDialog</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="47"/>
        <source>Erase the client&apos;s personal data</source>
        <translation>Удаление персональных данных клиента</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="52"/>
        <source>Erase the personal data of {name}?</source>
        <translation>Удалить персональные данные клиента {name}?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="58"/>
        <source>&lt;b&gt;Erased for good:&lt;/b&gt; the name, every phone, the e-mail and the address, the birthday, the company&apos;s details, the notes, who sent the client, the plates of the cars and the record of reminders and call-backs. Bookings still to come are cancelled.</source>
        <translation>&lt;b&gt;Удаляется безвозвратно:&lt;/b&gt; имя, все телефоны, e-mail и адрес, дата рождения, реквизиты организации, примечания, источник обращения, гос. номера автомобилей и история напоминаний и контрольных звонков. Предстоящие записи отменяются.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="66"/>
        <source>&lt;b&gt;Kept:&lt;/b&gt; the card as “#{id}”, the cars without their plates, and every work order with its works, parts and money — the shop must keep them for accounting and warranty.</source>
        <translation>&lt;b&gt;Сохраняется:&lt;/b&gt; карточка под номером «#{id}», автомобили без гос. номеров и все заказ-наряды с работами, запчастями и суммами — сервис обязан хранить их для бухгалтерии и гарантии.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="75"/>
        <source>The client asked to be forgotten. I understand this cannot be undone.</source>
        <translation>Клиент попросил удалить его данные. Я понимаю, что это действие необратимо.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="81"/>
        <source>Erase personal data</source>
        <translation>Удалить персональные данные</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="110"/>
        <source>Someone changed the card meanwhile; it shows their changes now.</source>
        <translation>Тем временем карточку изменил другой пользователь; теперь в ней показаны его изменения.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="112"/>
        <source>Erase again if the client still asks for it.</source>
        <translation>Удалите данные ещё раз, если клиент по-прежнему этого просит.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desk_app/ui/form_dialog.py" line="189"/>
        <source>The database answers again: your input is saved.</source>
        <translation>База данных снова отвечает: введённые данные сохранены.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/form_dialog.py" line="223"/>
        <source>Your input is kept; it will be saved when the connection is back.</source>
        <translation>Введённые данные не потеряны; они будут сохранены, когда связь восстановится.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/form_dialog.py" line="242"/>
        <source>Not saved. Your input is kept: send the form again when the database is back.</source>
        <translation>Не сохранено. Введённые данные не потеряны: отправьте форму ещё раз, когда база данных снова станет доступна.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../desk_app/ui/intake/form_page.py" line="54"/>
        <source>◀ Day&apos;s list</source>
        <translation>◀ Список на день</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form_page.py" line="60"/>
        <source>Cancel (Esc)</source>
        <translation>Отменить (Esc)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form_page.py" line="62"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form_page.py" line="73"/>
        <source>Visible damage</source>
        <translation>Видимые повреждения</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form_page.py" line="129"/>
        <source>Ready to save</source>
        <translation>Можно сохранять</translation>
    </message>
</context>
<context>
    <name>GanttToolbar</name>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="79"/>
        <source>The day (or week) before</source>
        <translation>Предыдущий день (или неделя)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="81"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="84"/>
        <source>The day (or week) after</source>
        <translation>Следующий день (или неделя)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="93"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="94"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="96"/>
        <source>By bay</source>
        <translation>По постам</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="97"/>
        <source>By mechanic</source>
        <translation>По слесарям</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="38"/>
        <source>Pending</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="39"/>
        <source>Met</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="40"/>
        <source>Missed</source>
        <translation>Не выполнена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="61"/>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="62"/>
        <source>Supplier → customer</source>
        <translation>Поставщик → заказчик</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="64"/>
        <source>Target</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="71"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="77"/>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="84"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="89"/>
        <source>Fact recorded</source>
        <translation>Факт внесён</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="119"/>
        <source>No goals are agreed yet.</source>
        <translation>Согласованных целей пока нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="165"/>
        <source>The goal is agreed.</source>
        <translation>Цель согласована.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="169"/>
        <source>The fact is recorded.</source>
        <translation>Факт внесён.</translation>
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
        <location filename="../../desk_app/ui/orders/history_view.py" line="94"/>
        <source>Waited in all:</source>
        <translation>Всего ожидания:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_view.py" line="101"/>
        <source>Waited on requests:</source>
        <translation>Ожидание по заявкам:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_view.py" line="127"/>
        <source>Nothing has happened to this order yet.</source>
        <translation>С этим заказ-нарядом пока ничего не происходило.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_view.py" line="170"/>
        <source>{party}: {duration}</source>
        <translation>{party}: {duration}</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="58"/>
        <source>New Year&apos;s Day</source>
        <translation>Новый год</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="59"/>
        <source>Defender of the Fatherland Day</source>
        <translation>День защитника Отечества</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="60"/>
        <source>International Women&apos;s Day</source>
        <translation>Международный женский день</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="61"/>
        <source>Victory Day</source>
        <translation>День Победы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="62"/>
        <source>Russia Day</source>
        <translation>День России</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="63"/>
        <source>Unity Day</source>
        <translation>День народного единства</translation>
    </message>
</context>
<context>
    <name>InlineBar</name>
    <message>
        <location filename="../../desk_app/ui/intake/bars.py" line="44"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>InlineForm</name>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="47"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="49"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
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
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="91"/>
        <location filename="../../desk_app/ui/intake/overview.py" line="114"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="96"/>
        <location filename="../../desk_app/ui/intake/overview.py" line="119"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="97"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="99"/>
        <location filename="../../desk_app/ui/intake/overview.py" line="121"/>
        <source>Vehicle</source>
        <translation>Автомобиль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="102"/>
        <source>Reason</source>
        <translation>Цель визита</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="107"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="109"/>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="123"/>
        <source>Accepted by</source>
        <translation>Принял</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="51"/>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="52"/>
        <source>&amp;Appointments</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="88"/>
        <source>Intake</source>
        <translation>Приёмка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="148"/>
        <source>Another intake is being filled in: save it or cancel it first.</source>
        <translation>Уже заполняется другая приёмка: сначала сохраните или отмените её.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="166"/>
        <source>An unfinished intake was kept: restore it or discard it first.</source>
        <translation>Сохранилась незавершённая приёмка: сначала восстановите её или удалите.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="189"/>
        <source>An unfinished intake from {when} was kept.</source>
        <translation>Сохранилась незавершённая приёмка от {when}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="194"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="199"/>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="227"/>
        <source>Work order &lt;b&gt;{number}&lt;/b&gt; is saved: {summary}.</source>
        <translation>Заказ-наряд &lt;b&gt;{number}&lt;/b&gt; сохранён: {summary}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="234"/>
        <source>Print acceptance act</source>
        <translation>Печать акта приёма-передачи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="238"/>
        <source>Printing comes with the documents: not available yet.</source>
        <translation>Печать появится вместе с документами: пока недоступна.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="245"/>
        <source>Work order {number} is saved.</source>
        <translation>Заказ-наряд {number} сохранён.</translation>
    </message>
</context>
<context>
    <name>IntakeFormWidget</name>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="189"/>
        <source>Intake for a booked visit</source>
        <translation>Приёмка по записи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="189"/>
        <source>New intake</source>
        <translation>Новая приёмка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="331"/>
        <source>Your input is kept; it will be saved when the connection is back.</source>
        <translation>Введённые данные не потеряны; они будут сохранены, когда связь восстановится.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="348"/>
        <source>Not saved: the database does not answer. Your input is kept: save again when the database is back.</source>
        <translation>Не сохранено: база данных не отвечает. Введённые данные не потеряны: сохраните ещё раз, когда база данных снова станет доступна.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="359"/>
        <source>Use this car and its owner</source>
        <translation>Выбрать этот автомобиль и его владельца</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="361"/>
        <source>Use this client</source>
        <translation>Выбрать этого клиента</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="398"/>
        <source>Keep editing</source>
        <translation>Продолжить ввод</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="401"/>
        <source>Discard this intake? What was typed will be lost.</source>
        <translation>Отменить эту приёмку? Всё введённое будет потеряно.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="402"/>
        <source>Discard</source>
        <translation>Отменить приёмку</translation>
    </message>
</context>
<context>
    <name>IntakeOverview</name>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="176"/>
        <source>◀ Previous day</source>
        <translation>◀ Предыдущий день</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="177"/>
        <source>Next day ▶</source>
        <translation>Следующий день ▶</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="178"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="193"/>
        <location filename="../../desk_app/ui/intake/overview.py" line="291"/>
        <source>Accepted recently</source>
        <translation>Недавно принятые</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="202"/>
        <location filename="../../desk_app/ui/intake/overview.py" line="306"/>
        <source>New intake (Ctrl+N)</source>
        <translation>Новая приёмка (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="206"/>
        <source>Accept the booked car (Enter)</source>
        <translation>Принять записанный автомобиль (Enter)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="215"/>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="274"/>
        <source>Appointments on {day} ({count})</source>
        <translation>Записи на {day} ({count})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="276"/>
        <source>No appointments on {day}</source>
        <translation>Нет записей на {day}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="291"/>
        <source>No vehicles accepted yet</source>
        <translation>Принятых автомобилей пока нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="304"/>
        <source>Continue the intake (Ctrl+N)</source>
        <translation>Продолжить приёмку (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>IntakeReadiness</name>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="24"/>
        <location filename="../../desk_app/ui/intake/readiness.py" line="25"/>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="26"/>
        <location filename="../../desk_app/ui/intake/readiness.py" line="27"/>
        <source>car</source>
        <translation>автомобиль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="28"/>
        <source>odometer</source>
        <translation>пробег</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="29"/>
        <source>fuel level</source>
        <translation>уровень топлива</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="30"/>
        <source>complaints or a work</source>
        <translation>жалобы или работа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="31"/>
        <source>works</source>
        <translation>работы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="32"/>
        <source>client&apos;s parts</source>
        <translation>запчасти клиента</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="33"/>
        <source>left in the car</source>
        <translation>оставлено в автомобиле</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="34"/>
        <source>inspection</source>
        <translation>осмотр</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="35"/>
        <source>damage marks</source>
        <translation>отметки повреждений</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="36"/>
        <source>estimate</source>
        <translation>предварительная смета</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="37"/>
        <source>prepayment</source>
        <translation>предоплата</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="38"/>
        <source>promised time</source>
        <translation>обещанный срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="39"/>
        <source>appointment</source>
        <translation>запись</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="75"/>
        <source>other</source>
        <translation>прочее</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="85"/>
        <source>To save, complete: {parts}</source>
        <translation>Для сохранения заполните: {parts}</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../desk_app/ui/requests/item_editor.py" line="30"/>
        <source>&amp;Add a part</source>
        <translation>&amp;Добавить запчасть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/item_editor.py" line="33"/>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>JobSheet</name>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="88"/>
        <source>Plate</source>
        <translation>Гос. номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="89"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="90"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="91"/>
        <source>Bay</source>
        <translation>Пост</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="92"/>
        <source>Promised</source>
        <translation>Обещанный срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="129"/>
        <source>No parts to fit on this car.</source>
        <translation>Запчастей к установке на этот автомобиль нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="143"/>
        <source>Complaints (the client&apos;s words)</source>
        <translation>Жалобы (со слов клиента)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="144"/>
        <source>My works</source>
        <translation>Мои работы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="145"/>
        <source>Parts to fit</source>
        <translation>Запчасти к установке</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="164"/>
        <source>Not promised</source>
        <translation>Не обещан</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="178"/>
        <source>No complaints written down.</source>
        <translation>Жалобы не записаны.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="208"/>
        <source>{hours} h</source>
        <translation>{hours} ч</translation>
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
        <location filename="../../desk_app/ui/printing/letter_printing.py" line="73"/>
        <source>The letters could not be made.</source>
        <translation>Не удалось подготовить письма.</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="66"/>
        <source>Add a work</source>
        <translation>Добавить работу</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="66"/>
        <source>Change the work</source>
        <translation>Изменить работу</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="68"/>
        <source>Add a part</source>
        <translation>Добавить запчасть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="68"/>
        <source>Change the part</source>
        <translation>Изменить запчасть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="82"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="82"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="93"/>
        <source>The car is already in the shop: this line is proposed to the client and costs nothing until reception records that he agreed.</source>
        <translation>Автомобиль уже в цехе: эта позиция предлагается клиенту и ничего не стоит, пока приёмка не отметит его согласие.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="118"/>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="127"/>
        <source>Type to pick from the price list</source>
        <translation>Начните вводить, чтобы выбрать из прайс-листа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="128"/>
        <source>&amp;Work:</source>
        <translation>&amp;Работа:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="129"/>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="130"/>
        <source>Norm &amp;hours:</source>
        <translation>&amp;Нормо-часы:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="131"/>
        <source>&amp;Rate per hour:</source>
        <translation>&amp;Цена нормо-часа:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="132"/>
        <source>W&amp;arranty:</source>
        <translation>&amp;Гарантия:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="135"/>
        <source>&amp;Mechanic:</source>
        <translation>&amp;Слесарь:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="144"/>
        <source>The client brought it (not charged)</source>
        <translation>Предоставлена клиентом (не оплачивается)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="151"/>
        <source>&amp;Part:</source>
        <translation>&amp;Запчасть:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="152"/>
        <source>Part &amp;number:</source>
        <translation>Каталожный &amp;номер:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="153"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Количество:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="154"/>
        <source>Unit pri&amp;ce:</source>
        <translation>&amp;Цена за единицу:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="188"/>
        <source>Nobody yet</source>
        <translation>Пока не назначен</translation>
    </message>
</context>
<context>
    <name>LineSection</name>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="51"/>
        <source>Works</source>
        <translation>Работы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="51"/>
        <source>Parts</source>
        <translation>Запчасти</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="53"/>
        <source>&amp;Add a work…</source>
        <translation>Добавить &amp;работу…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="53"/>
        <source>Add a &amp;part…</source>
        <translation>Добавить зап&amp;часть…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="54"/>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="55"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="56"/>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="122"/>
        <source>Mark &amp;done</source>
        <translation>Отметить &amp;выполненной</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="57"/>
        <source>Tick the chosen work done, or not done after all</source>
        <translation>Отметить выбранную работу как выполненную или снять отметку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="122"/>
        <source>Not &amp;done</source>
        <translation>&amp;Не выполнена</translation>
    </message>
</context>
<context>
    <name>LineTables</name>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="48"/>
        <source>From order value</source>
        <translation>От суммы заказа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="49"/>
        <source>Discount %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="37"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="38"/>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="39"/>
        <source>Hours</source>
        <translation>Н/ч</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="40"/>
        <source>Rate</source>
        <translation>Цена н/ч</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="41"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="45"/>
        <source>Part</source>
        <translation>Запчасть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/item_editor.py" line="19"/>
        <location filename="../../desk_app/ui/intake/works_section.py" line="46"/>
        <source>Part number</source>
        <translation>Каталожный №</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/item_editor.py" line="20"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/item_editor.py" line="21"/>
        <location filename="../../desk_app/ui/intake/works_section.py" line="47"/>
        <source>Qty</source>
        <translation>Кол.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="32"/>
        <source>Log in — Service desk</source>
        <translation>Вход — Автосервис</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="36"/>
        <source>Who is at the desk?</source>
        <translation>Кто за стойкой?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="55"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="57"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="62"/>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="64"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>LoyaltyPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="263"/>
        <source>A regular client ({visits} visits within {days} days) gets the discount of the highest row his order reaches, by the make of the car.</source>
        <translation>Постоянный клиент (от {visits} визитов за {days} дн.) получает скидку по самой высокой строке, которой достигает сумма его заказа, с учётом марки автомобиля.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="274"/>
        <source>Preview for an order of</source>
        <translation>Пример для заказа на сумму</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="280"/>
        <source>Domestic makes (ZAZ, VAZ/Lada, GAZ, UAZ)</source>
        <translation>Отечественные марки (ЗАЗ, ВАЗ/Lada, ГАЗ, УАЗ)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="281"/>
        <source>An order of {value} for a Lada: {result}.</source>
        <translation>Заказ на {value} для Lada: {result}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="287"/>
        <source>Foreign makes</source>
        <translation>Иномарки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="288"/>
        <source>An order of {value} for a foreign car: {result}.</source>
        <translation>Заказ на {value} для иномарки: {result}.</translation>
    </message>
</context>
<context>
    <name>LoyaltySettingsBox</name>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="43"/>
        <source>Loyalty settings</source>
        <translation>Настройки программы лояльности</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="48"/>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="49"/>
        <source> km</source>
        <translation> км</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="51"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="52"/>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="53"/>
        <source>Reload the saved settings</source>
        <translation>Загрузить сохранённые настройки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="58"/>
        <source>Extra discount for a car bought here:</source>
        <translation>Доп. скидка за автомобиль, купленный у нас:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="60"/>
        <source>Next service after:</source>
        <translation>Следующее ТО через:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="61"/>
        <source>or after (whichever comes first):</source>
        <translation>или через (что наступит раньше):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="62"/>
        <source>Call the client back after the handover in:</source>
        <translation>Контрольный звонок клиенту после выдачи через:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="136"/>
        <source>The loyalty settings are saved.</source>
        <translation>Настройки программы лояльности сохранены.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="61"/>
        <source>Intake</source>
        <translation>Приёмка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="62"/>
        <source>Timeline</source>
        <translation>График</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="63"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="64"/>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="65"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="66"/>
        <source>Admin</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="99"/>
        <source>Service desk — {name}</source>
        <translation>Автосервис — {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="126"/>
        <source>Areas</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="157"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="165"/>
        <source>Find a client by name, phone, plate or VIN, or an order by number  (Ctrl+F)</source>
        <translation>Найти клиента по имени, телефону, гос. номеру или VIN либо заказ-наряд по номеру  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="174"/>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="188"/>
        <source>{name} ({roles})</source>
        <translation>{name} ({roles})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="191"/>
        <source>Database: {where}</source>
        <translation>База данных: {where}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="223"/>
        <source>{area} ({count})</source>
        <translation>{area} ({count})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="292"/>
        <source>Your role cannot search clients.</source>
        <translation>Вашей роли недоступен поиск клиентов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="320"/>
        <source>Order {number} ({vehicle}, {plate}) is ready: call {client}.</source>
        <translation>Заказ-наряд {number} ({vehicle}, {plate}) готов: позвоните клиенту {client}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="328"/>
        <source>{count} cars are ready: call their owners ({numbers}).</source>
        <translation>Готово автомобилей: {count} — позвоните владельцам ({numbers}).</translation>
    </message>
</context>
<context>
    <name>MarkAllForm</name>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="149"/>
        <source>Mark done</source>
        <translation>Отметить выполненными</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="152"/>
        <source>Do this once the mailing is sent. Call-backs are not included: each needs its own answer.</source>
        <translation>Сделайте это после отправки рассылки. Контрольные звонки сюда не входят: по каждому нужен свой ответ.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="167"/>
        <source>{kind}: {count}</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="174"/>
        <source>Mark the %n contact(s) shown as done?</source>
        <translation>
            <numerusform>Отметить %n показанный контакт как выполненный?</numerusform>
            <numerusform>Отметить %n показанных контакта как выполненные?</numerusform>
            <numerusform>Отметить %n показанных контактов как выполненные?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="57"/>
        <source>Merge two cards of one client</source>
        <translation>Объединить две карточки одного клиента</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="60"/>
        <source>Every visit, car, booking and contact of the other card moves to the card you keep. The kept card&apos;s details stay; its empty fields are filled from the other card, and the notes are joined. The other card is then removed.</source>
        <translation>Все визиты, автомобили, записи и контакты другой карточки переносятся в ту, которую вы оставляете. Данные оставляемой карточки сохраняются; её пустые поля заполняются из другой карточки, заметки объединяются. После этого другая карточка удаляется.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="69"/>
        <source>Find the other card: name, phone, plate or VIN</source>
        <translation>Найдите другую карточку: имя, телефон, гос. номер или VIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="81"/>
        <source>This card</source>
        <translation>Эта карточка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="82"/>
        <source>The other card</source>
        <translation>Другая карточка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="95"/>
        <source>Reload the cards</source>
        <translation>Обновить карточки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="105"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="132"/>
        <source>Keep this card&apos;s details</source>
        <translation>Оставить данные этой карточки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="144"/>
        <source>Phones: {phones}</source>
        <translation>Телефоны: {phones}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="145"/>
        <source>E-mail: {email}</source>
        <translation>E-mail: {email}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="146"/>
        <source>Cars: {cars}</source>
        <translation>Автомобили: {cars}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="147"/>
        <source>Visits: {count}, spent {money}</source>
        <translation>Визитов: {count}, потрачено {money}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="150"/>
        <source>On file since {date}</source>
        <translation>В картотеке с {date}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="157"/>
        <source>Find the other card above.</source>
        <translation>Найдите другую карточку выше.</translation>
    </message>
</context>
<context>
    <name>MoneySection</name>
    <message>
        <location filename="../../desk_app/ui/intake/money_section.py" line="61"/>
        <source>Estimate and promise</source>
        <translation>Смета и сроки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/money_section.py" line="98"/>
        <source>E&amp;stimate</source>
        <translation>Предварительная &amp;смета</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/money_section.py" line="99"/>
        <source>Prepayment</source>
        <translation>Предоплата</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/money_section.py" line="100"/>
        <source>Promised for</source>
        <translation>Обещанный срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/money_section.py" line="101"/>
        <source>Accepted by</source>
        <translation>Принял</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/money_section.py" line="145"/>
        <source>Use the works&apos; total, {amount}</source>
        <translation>Взять сумму работ: {amount}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/money_section.py" line="176"/>
        <source>Regular client&apos;s discount {percent}</source>
        <translation>Скидка постоянного клиента {percent}</translation>
    </message>
</context>
<context>
    <name>MoneySummary</name>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="49"/>
        <source>Labour</source>
        <translation>Работы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="50"/>
        <source>Parts</source>
        <translation>Запчасти</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="52"/>
        <source>Subtotal</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="53"/>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="136"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="56"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="57"/>
        <source>Prepayment</source>
        <translation>Предоплата</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="58"/>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="143"/>
        <source>Balance due</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="67"/>
        <source>Change the discount…</source>
        <translation>Изменить скидку…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="79"/>
        <source>Record a prepayment…</source>
        <translation>Внести предоплату…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="100"/>
        <source>By the rule: {why}</source>
        <translation>По правилу: {why}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="103"/>
        <source>Apply {percent}</source>
        <translation>Применить {percent}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="130"/>
        <source>Discount {percent} %</source>
        <translation>Скидка {percent} %</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="137"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="143"/>
        <source>To refund</source>
        <translation>К возврату</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="147"/>
        <source>Proposed extra works, not counted until the client agrees: +{amount}</source>
        <translation>Предложенные доп. работы (не учитываются до согласия клиента): +{amount}</translation>
    </message>
</context>
<context>
    <name>MyWork</name>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="43"/>
        <source>{done} of {total} works done</source>
        <translation>Выполнено работ: {done} из {total}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="29"/>
        <source>Brought by the client</source>
        <translation>Предоставлена клиентом</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="30"/>
        <source>From the store</source>
        <translation>Со склада</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="41"/>
        <source>Part number</source>
        <translation>Каталожный №</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="42"/>
        <source>Part</source>
        <translation>Запчасть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="44"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="50"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>MyWorkPanel</name>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="73"/>
        <source>My cars</source>
        <translation>Мои автомобили</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="76"/>
        <source>Nothing is assigned to you right now.</source>
        <translation>Сейчас вам ничего не назначено.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="92"/>
        <source>Send to quality check</source>
        <translation>На контроль качества</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="124"/>
        <source>When the master gives you works on a car, the car and its job show here.</source>
        <translation>Когда мастер назначит вам работы по автомобилю, автомобиль и задание появятся здесь.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="151"/>
        <source>My cars ({count})</source>
        <translation>Мои автомобили ({count})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="183"/>
        <source>Sent to the quality check; the master checks the car now.</source>
        <translation>Отправлено на контроль качества: мастер проверяет автомобиль.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="185"/>
        <source>Passed the quality check: the car is ready.</source>
        <translation>Контроль качества пройден: автомобиль готов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="186"/>
        <source>The car is “{status}” now, not in work.</source>
        <translation>Автомобиль сейчас в статусе «{status}», не в работе.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="228"/>
        <source>Order {number} is sent to the quality check.</source>
        <translation>Заказ-наряд {number} отправлен на контроль качества.</translation>
    </message>
</context>
<context>
    <name>NotGoodBox</name>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="126"/>
        <source>No “not good” answers in this period</source>
        <translation>За этот период оценок «плохо» нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="133"/>
        <source>Last “not good” (%n in this period)</source>
        <translation>
            <numerusform>Последняя оценка «плохо» (за период: %n)</numerusform>
            <numerusform>Последняя оценка «плохо» (за период: %n)</numerusform>
            <numerusform>Последняя оценка «плохо» (за период: %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="142"/>
        <source>(no comment)</source>
        <translation>(без комментария)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="143"/>
        <source>“{comment}”</source>
        <translation>«{comment}»</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="146"/>
        <source>{date}, {name} ({department}), request No. {number}</source>
        <translation>{date}, {name} ({department}), заявка № {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="153"/>
        <source>score {score}/5</source>
        <translation>оценка {score}/5</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../desk_app/ui/damage/mark_dialog.py" line="61"/>
        <source>e.g. 10 cm along the rear door</source>
        <translation>например, 10 см вдоль задней двери</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/mark_dialog.py" line="66"/>
        <source>Enter to keep, Esc to cancel</source>
        <translation>Enter — сохранить, Esc — отменить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/mark_dialog.py" line="87"/>
        <source>Note: {kind}</source>
        <translation>Примечание: {kind}</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="138"/>
        <source>No notes on this client.</source>
        <translation>Заметок о клиенте нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="139"/>
        <source>Edit notes…</source>
        <translation>Изменить заметки…</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../desk_app/ui/orders/order_actions.py" line="33"/>
        <source>Ask the client…</source>
        <translation>Согласовать с клиентом…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_actions.py" line="35"/>
        <source>Record client&apos;s answer…</source>
        <translation>Записать ответ клиента…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_actions.py" line="37"/>
        <source>Quality check…</source>
        <translation>Контроль качества…</translation>
    </message>
</context>
<context>
    <name>OrderCompare</name>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="40"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="41"/>
        <source>Promised for</source>
        <translation>Обещанный срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="42"/>
        <source>Bay</source>
        <translation>Пост</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="43"/>
        <source>Master</source>
        <translation>Мастер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="44"/>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="45"/>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="46"/>
        <source>Reason for the discount</source>
        <translation>Основание скидки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="47"/>
        <source>Prepayment</source>
        <translation>Предоплата</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="48"/>
        <source>Work added: {line}</source>
        <translation>Добавлена работа: {line}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="49"/>
        <source>Work removed: {line}</source>
        <translation>Удалена работа: {line}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="50"/>
        <source>Part added: {line}</source>
        <translation>Добавлена запчасть: {line}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="51"/>
        <source>Part removed: {line}</source>
        <translation>Удалена запчасть: {line}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="52"/>
        <source>{line}: name</source>
        <translation>{line}: наименование</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="53"/>
        <source>{line}: norm hours</source>
        <translation>{line}: нормо-часы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="54"/>
        <source>{line}: rate</source>
        <translation>{line}: цена нормо-часа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="55"/>
        <source>{line}: mechanic</source>
        <translation>{line}: слесарь</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="56"/>
        <source>{line}: done</source>
        <translation>{line}: выполнено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="57"/>
        <source>{line}: quantity</source>
        <translation>{line}: количество</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="58"/>
        <source>{line}: price</source>
        <translation>{line}: цена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="59"/>
        <source>{line}: client&apos;s own part</source>
        <translation>{line}: запчасть клиента</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="60"/>
        <source>{line}: client&apos;s answer</source>
        <translation>{line}: ответ клиента</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="61"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="112"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="114"/>
        <source>When you opened it</source>
        <translation>При открытии</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="120"/>
        <source>Saved now</source>
        <translation>Сохранено сейчас</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="94"/>
        <source>Work order</source>
        <translation>Заказ-наряд</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="107"/>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="112"/>
        <source>Co&amp;mpare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="114"/>
        <source>What the other desk changed on the order</source>
        <translation>Что изменили в заказ-наряде на другом рабочем месте</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="118"/>
        <source>Changed at another desk</source>
        <translation>Изменено на другом рабочем месте</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="141"/>
        <source>&amp;Works and parts</source>
        <translation>Р&amp;аботы и запчасти</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="142"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="146"/>
        <source>Re&amp;quests</source>
        <translation>&amp;Заявки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="206"/>
        <source>Order {number} — {vehicle}, {plate}</source>
        <translation>Заказ-наряд {number} — {vehicle}, {plate}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="370"/>
        <source>Remove a line</source>
        <translation>Удаление позиции</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="371"/>
        <source>Remove “{name}” from order {number}?</source>
        <translation>Удалить «{name}» из заказ-наряда {number}?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="378"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>OrderFormDialog</name>
    <message>
        <location filename="../../desk_app/ui/orders/form_dialog.py" line="21"/>
        <source>Reloa&amp;d the order</source>
        <translation>&amp;Обновить заказ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/form_dialog.py" line="30"/>
        <source>The order now shows the other changes. Your input is kept: check it and save again.</source>
        <translation>Теперь в заказе видны чужие изменения. Введённое вами сохранено: проверьте и сохраните ещё раз.</translation>
    </message>
</context>
<context>
    <name>OrderHeader</name>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="52"/>
        <source>Plate</source>
        <translation>Гос. номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="53"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="54"/>
        <source>Odometer</source>
        <translation>Пробег</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="55"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="56"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="57"/>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="58"/>
        <source>Promised</source>
        <translation>Обещанный срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="59"/>
        <source>Bay</source>
        <translation>Пост</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="60"/>
        <source>Master</source>
        <translation>Мастер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="89"/>
        <source>Order {number}</source>
        <translation>Заказ-наряд {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="101"/>
        <source>{km} km</source>
        <translation>{km} км</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="106"/>
        <source>{when}, {who}</source>
        <translation>{when}, {who}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="110"/>
        <source>not promised</source>
        <translation>не обещан</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="112"/>
        <source>{when} — overdue</source>
        <translation>{when} — просрочено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="115"/>
        <source>not on a bay</source>
        <translation>не на посту</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="118"/>
        <source>The client says: {text}</source>
        <translation>Со слов клиента: {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="124"/>
        <source>Cancelled: {reason}</source>
        <translation>Отменён: {reason}</translation>
    </message>
</context>
<context>
    <name>OrderHistory</name>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="37"/>
        <source>hours</source>
        <translation>нормо-часы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="38"/>
        <source>rate</source>
        <translation>цена нормо-часа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="39"/>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="40"/>
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="41"/>
        <source>brought by the client</source>
        <translation>предоставлена клиентом</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="119"/>
        <source>The client answered</source>
        <translation>Клиент ответил</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="123"/>
        <source>Quality check passed</source>
        <translation>Контроль качества пройден</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="125"/>
        <source>Quality check failed</source>
        <translation>Контроль качества не пройден</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="129"/>
        <source>Printed: {document}</source>
        <translation>Напечатано: {document}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="133"/>
        <source>Parts issued to the order</source>
        <translation>Запчасти выданы в заказ-наряд</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="150"/>
        <source>Request to {department}: {kind}</source>
        <translation>Заявка → {department}: {kind}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="155"/>
        <source>{department} answered after {duration}</source>
        <translation>{department}: ответ через {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="158"/>
        <source>{department} answered</source>
        <translation>{department}: ответ получен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="167"/>
        <source>{department}: {duration}</source>
        <translation>{department}: {duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="172"/>
        <source>(%n requests)</source>
        <translation>(заявок: %n)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="185"/>
        <source>Price changed: {line}</source>
        <translation>Изменена цена: {line}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="187"/>
        <source>Discount changed: {old} % → {new} %</source>
        <translation>Изменена скидка: {old} % → {new} %</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="194"/>
        <source>Line removed: {line}</source>
        <translation>Удалена строка: {line}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="205"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="205"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>OrderLines</name>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="39"/>
        <source>the client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="47"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="48"/>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="50"/>
        <source>Hours</source>
        <translation>Н/ч</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="54"/>
        <source>Rate</source>
        <translation>Цена н/ч</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="55"/>
        <location filename="../../desk_app/ui/orders/line_models.py" line="70"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="56"/>
        <source>Mechanic</source>
        <translation>Слесарь</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="57"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="58"/>
        <location filename="../../desk_app/ui/orders/line_models.py" line="75"/>
        <source>Answer</source>
        <translation>Согласование</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="62"/>
        <source>Part number</source>
        <translation>Каталожный №</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="63"/>
        <source>Part</source>
        <translation>Запчасть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="65"/>
        <source>Qty</source>
        <translation>Кол.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="69"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="72"/>
        <source>Supplied by</source>
        <translation>Предоставил</translation>
    </message>
</context>
<context>
    <name>OrderList</name>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="114"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="125"/>
        <source>All open orders ({count})</source>
        <translation>Все открытые заказ-наряды ({count})</translation>
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
    <name>OrderRequests</name>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="57"/>
        <source>{status}, overdue</source>
        <translation>{status}, просрочено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="61"/>
        <source>Answered late</source>
        <translation>Ответ с опозданием</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="63"/>
        <source>{status}, answered late</source>
        <translation>{status}, ответ с опозданием</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="86"/>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="87"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="88"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="89"/>
        <source>Filed</source>
        <translation>Подана</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="90"/>
        <source>Promised by</source>
        <translation>Обещано к</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="92"/>
        <source>Answered</source>
        <translation>Ответ дан</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="94"/>
        <source>Car waited</source>
        <translation>Простой автомобиля</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="95"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="108"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="110"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="111"/>
        <source>Yes, {count} available</source>
        <translation>Да, доступно: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="120"/>
        <source>issued, not on this order</source>
        <translation>выдано, но не по этому заказу</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="131"/>
        <source>Part number</source>
        <translation>Каталожный №</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="132"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="134"/>
        <source>Qty</source>
        <translation>Кол.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="138"/>
        <source>In stock</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="139"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="140"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="141"/>
        <source>Bin</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="142"/>
        <source>Arrives</source>
        <translation>Поступит</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="143"/>
        <source>Reserved</source>
        <translation>Зарезервировано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="144"/>
        <source>Issued to the order</source>
        <translation>Выдано по заказу</translation>
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
        <translation>До:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="139"/>
        <source>Put off {name}</source>
        <translation>Отложить: {name}</translation>
    </message>
</context>
<context>
    <name>PrepaymentDialog</name>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="84"/>
        <source>Prepayment — {number}</source>
        <translation>Предоплата — {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="88"/>
        <source>&amp;Paid so far:</source>
        <translation>&amp;Уже оплачено:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="91"/>
        <source>The whole amount the client has paid in advance (it replaces {old}); the order&apos;s total is {total}.</source>
        <translation>Вся сумма, внесённая клиентом заранее (заменяет {old}); итого по заказ-наряду — {total}.</translation>
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
        <translation>Контроль качества — {number}, {vehicle}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="44"/>
        <source>Every car</source>
        <translation>Для каждого автомобиля</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="46"/>
        <source>The works done on this car</source>
        <translation>Работы, выполненные на этом автомобиле</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="73"/>
        <source>Tick all</source>
        <translation>Отметить все</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="87"/>
        <source>A note if it passes; what is wrong, for the mechanic, if it fails</source>
        <translation>Примечание, если проверка пройдена; если нет — что не так, для слесаря</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="89"/>
        <source>&amp;Comment or reason:</source>
        <translation>&amp;Комментарий или причина:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="94"/>
        <source>&amp;Pass: the car is ready</source>
        <translation>&amp;Принять: автомобиль готов</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="98"/>
        <source>&amp;Fail: back to work</source>
        <translation>&amp;Не принять: вернуть в работу</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="132"/>
        <source>{ticked} of {all} points ticked</source>
        <translation>Отмечено пунктов: {ticked} из {all}</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="35"/>
        <source>Close and rate request {number}</source>
        <translation>Закрыть и оценить заявку {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="37"/>
        <source>How did the {department} answer “{kind}”? Your rating is its score.</source>
        <translation>{department}: как ответили на заявку «{kind}»? Ваша оценка идёт в показатели отдела.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="43"/>
        <source>&amp;Good</source>
        <translation>&amp;Хорошо</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="45"/>
        <source>&amp;Not good</source>
        <translation>&amp;Плохо</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="60"/>
        <source>no score</source>
        <translation>без оценки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="73"/>
        <source>The answer was:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="74"/>
        <source>&amp;Score (1–5):</source>
        <translation>&amp;Оценка (1–5):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="75"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="79"/>
        <source>Close the request</source>
        <translation>Закрыть заявку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="79"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="93"/>
        <source>Required for “Not good”: the department learns from it.</source>
        <translation>Обязательно при оценке «Плохо»: это поможет отделу исправиться.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="96"/>
        <source>Optional.</source>
        <translation>Необязательно.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="104"/>
        <source>Choose “Good” or “Not good”.</source>
        <translation>Выберите «Хорошо» или «Плохо».</translation>
    </message>
</context>
<context>
    <name>RatingForm</name>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="88"/>
        <source>Rate a department</source>
        <translation>Оценить отдел</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="91"/>
        <source>1 — very poor, 3 — acceptable, 5 — excellent</source>
        <translation>1 — очень плохо, 3 — приемлемо, 5 — отлично</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="94"/>
        <source>&amp;Department:</source>
        <translation>&amp;Отдел:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="116"/>
        <source>&amp;Submit ratings</source>
        <translation>Отправить о&amp;ценки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="149"/>
        <source>No survey round is open now.</source>
        <translation>Сейчас нет открытого опроса.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="151"/>
        <source>You have rated every department. Thank you!</source>
        <translation>Вы оценили все отделы. Спасибо!</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="154"/>
        <source>Your name is not kept with the scores, only your department.</source>
        <translation>Ваше имя с оценками не сохраняется — только ваш отдел.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="178"/>
        <source>Thank you: your ratings of {department} are saved.</source>
        <translation>Спасибо! Ваши оценки ({department}) сохранены.</translation>
    </message>
</context>
<context>
    <name>ReachedForm</name>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="98"/>
        <source>1 — very unhappy, 5 — delighted</source>
        <translation>1 — очень недоволен, 5 — в восторге</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="102"/>
        <source>What the client said about the car and us</source>
        <translation>Что клиент сказал об автомобиле и о нас</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="103"/>
        <source>Satisfaction:</source>
        <translation>Удовлетворённость:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="104"/>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="115"/>
        <source>Call-back to {name}</source>
        <translation>Контрольный звонок: {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="117"/>
        <source>last time: {score} of 5</source>
        <translation>в прошлый раз: {score} из 5</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../desk_app/ui/requests/reject_dialog.py" line="26"/>
        <source>Reject request {number}</source>
        <translation>Отклонить заявку {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/reject_dialog.py" line="27"/>
        <source>Why can the request not be served? The requester reads this.</source>
        <translation>Почему заявку нельзя выполнить? Заявитель увидит этот текст.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/reject_dialog.py" line="32"/>
        <source>e.g. discontinued; ask for an analogue</source>
        <translation>например, снято с производства; запросите аналог</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/reject_dialog.py" line="35"/>
        <source>Re&amp;ject the request</source>
        <translation>&amp;Отклонить заявку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/reject_dialog.py" line="35"/>
        <source>Back</source>
        <translation>Назад</translation>
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
        <location filename="../../desk_app/ui/reports/area.py" line="55"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="61"/>
        <source>Orders</source>
        <translation>Заказ-наряды</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="70"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="75"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="81"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="87"/>
        <source>Rated “good”, 90 days</source>
        <translation>Оценка «хорошо», 90 дней</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="132"/>
        <source>Shop summary</source>
        <translation>Сводка по сервису</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="136"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="146"/>
        <source>Open work orders</source>
        <translation>Открытые заказ-наряды</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="147"/>
        <source>Cars accepted today</source>
        <translation>Принято автомобилей сегодня</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="150"/>
        <source>Time to handover</source>
        <translation>Время до выдачи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="173"/>
        <source>Open work orders by status</source>
        <translation>Открытые заказ-наряды по статусам</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="178"/>
        <source>Internal requests by department</source>
        <translation>Внутренние заявки по отделам</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="182"/>
        <source>“Rated good” is the share of answers their requesters rated good. One “not good” weighs heavily: read what went wrong with that department.</source>
        <translation>«Оценка „хорошо“» — доля ответов, которые заявители оценили как хорошие. Одна оценка «плохо» весит много: разберитесь, что пошло не так в этом отделе.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="213"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="227"/>
        <source>as of {moment}</source>
        <translation>по состоянию на {moment}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/reports/area.py" line="231"/>
        <source>%n ready for handover</source>
        <translation>
            <numerusform>%n готов к выдаче</numerusform>
            <numerusform>%n готовы к выдаче</numerusform>
            <numerusform>%n готовы к выдаче</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="235"/>
        <source>{count} this month</source>
        <translation>в этом месяце: {count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/reports/area.py" line="240"/>
        <location filename="../../desk_app/ui/reports/area.py" line="245"/>
        <source>%n order(s) handed over</source>
        <translation>
            <numerusform>выдан %n заказ-наряд</numerusform>
            <numerusform>выдано %n заказ-наряда</numerusform>
            <numerusform>выдано %n заказ-нарядов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="241"/>
        <location filename="../../desk_app/ui/reports/area.py" line="246"/>
        <source>Revenue, {month}</source>
        <translation>Выручка, {month}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="255"/>
        <source>no cars handed over in the last 90 days</source>
        <translation>за последние 90 дней автомобили не выдавались</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/reports/area.py" line="257"/>
        <source>average of %n car(s) handed over in 90 days</source>
        <translation>
            <numerusform>в среднем по %n автомобилю, выданному за 90 дней</numerusform>
            <numerusform>в среднем по %n автомобилям, выданным за 90 дней</numerusform>
            <numerusform>в среднем по %n автомобилям, выданным за 90 дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="260"/>
        <source>{hours} h</source>
        <translation>{hours} ч</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="261"/>
        <source>{days} days</source>
        <translation>{days} дн.</translation>
    </message>
</context>
<context>
    <name>RequestArrivals</name>
    <message>
        <location filename="../../desk_app/ui/requests/arrivals.py" line="78"/>
        <source>New requests are not checked: the database does not answer. Trying again every {seconds} seconds.</source>
        <translation>Новые заявки не проверяются: база данных не отвечает. Повторная попытка каждые {seconds} с.</translation>
    </message>
</context>
<context>
    <name>RequestDetailPane</name>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="39"/>
        <source>&amp;Take</source>
        <translation>&amp;Взять в работу</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="40"/>
        <source>&amp;Answer…</source>
        <translation>&amp;Ответить…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="41"/>
        <source>Reser&amp;ve</source>
        <translation>За&amp;резервировать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="42"/>
        <source>&amp;Issue to order</source>
        <translation>Вы&amp;дать в заказ-наряд</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="43"/>
        <source>Re&amp;ject…</source>
        <translation>Отк&amp;лонить…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="44"/>
        <source>Cancel re&amp;quest</source>
        <translation>Отменить &amp;заявку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="45"/>
        <source>C&amp;lose and rate…</source>
        <translation>Закрыть и о&amp;ценить…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="101"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="104"/>
        <source>Copy the VIN for the parts catalogue</source>
        <translation>Скопировать VIN для каталога запчастей</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="118"/>
        <source>From → to:</source>
        <translation>От кого → кому:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="119"/>
        <source>Filed:</source>
        <translation>Подана:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="120"/>
        <source>Needed by:</source>
        <translation>Нужно к:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="121"/>
        <source>Promised by:</source>
        <translation>Ответ обещан к:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="123"/>
        <source>Handled:</source>
        <translation>Обработка:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="124"/>
        <source>Work order:</source>
        <translation>Заказ-наряд:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="125"/>
        <source>Vehicle:</source>
        <translation>Автомобиль:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="126"/>
        <source>VIN:</source>
        <translation>VIN:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="127"/>
        <source>Request:</source>
        <translation>Заявка:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="136"/>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="161"/>
        <source>Choose a request in the list to see it here.</source>
        <translation>Выберите заявку в списке, чтобы увидеть её здесь.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="200"/>
        <source>No. {number} · {kind}</source>
        <translation>№ {number} · {kind}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="206"/>
        <source>{source} ({name}) → {target}</source>
        <translation>{source} ({name}) → {target}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="233"/>
        <source>no agreed standard</source>
        <translation>нет согласованного норматива</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="237"/>
        <source>{moment} — overdue</source>
        <translation>{moment} — просрочено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="242"/>
        <source>{moment} — answered late</source>
        <translation>{moment} — ответ с опозданием</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="253"/>
        <source>taken by {name} {moment}</source>
        <translation>взята в работу: {name}, {moment}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="259"/>
        <source>answered {moment}</source>
        <translation>ответ дан {moment}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="262"/>
        <source>closed {moment}</source>
        <translation>закрыта {moment}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="291"/>
        <source>Rejected: {reason}</source>
        <translation>Отклонена: {reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="293"/>
        <source>Good</source>
        <translation>Хорошо</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="293"/>
        <source>Not good</source>
        <translation>Плохо</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="296"/>
        <source>Rated: {verdict}</source>
        <translation>Оценка: {verdict}</translation>
    </message>
</context>
<context>
    <name>RequestFormDialog</name>
    <message>
        <location filename="../../desk_app/ui/requests/form_dialog.py" line="23"/>
        <source>Reloa&amp;d the request</source>
        <translation>&amp;Обновить заявку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form_dialog.py" line="32"/>
        <source>The request now shows the other changes. Your input is kept: check it and send again.</source>
        <translation>В заявке теперь видны изменения, сделанные другими. Ваши данные не потеряны: проверьте их и отправьте снова.</translation>
    </message>
</context>
<context>
    <name>RequestItems</name>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="28"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="29"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="34"/>
        <source>Issued {moment}</source>
        <translation>Выдано {moment}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="38"/>
        <source>Reserved {moment}</source>
        <translation>Зарезервировано {moment}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="59"/>
        <source>Part number</source>
        <translation>Каталожный №</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="60"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="61"/>
        <source>Qty</source>
        <translation>Кол.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="62"/>
        <source>In stock</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="64"/>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="66"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="67"/>
        <source>Bin</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="68"/>
        <source>Arrives</source>
        <translation>Поступит</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="69"/>
        <source>Reserved / issued</source>
        <translation>Резерв / выдано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="111"/>
        <source>{moment}, {name}</source>
        <translation>{moment}, {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="118"/>
        <source>total {amount}</source>
        <translation>итого {amount}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="124"/>
        <source>arrives {moment}</source>
        <translation>поступит {moment}</translation>
    </message>
</context>
<context>
    <name>RequestPromise</name>
    <message>
        <location filename="../../desk_app/ui/requests/promise_text.py" line="20"/>
        <source>Parts will answer by {due}.</source>
        <translation>Отдел запчастей ответит до {due}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/promise_text.py" line="21"/>
        <source>Finance will answer by {due}.</source>
        <translation>Бухгалтерия ответит до {due}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/promise_text.py" line="22"/>
        <source>The workshop will answer by {due}.</source>
        <translation>Цех ответит до {due}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/promise_text.py" line="25"/>
        <source>Reception will answer by {due}.</source>
        <translation>Служба приёмки ответит до {due}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/promise_text.py" line="28"/>
        <source>Management will answer by {due}.</source>
        <translation>Руководство ответит до {due}.</translation>
    </message>
</context>
<context>
    <name>RequestQueue</name>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="271"/>
        <source>Nobody has asked your departments for anything yet.</source>
        <translation>В ваши отделы пока никто не обращался.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="272"/>
        <source>No open requests to your departments.</source>
        <translation>Открытых заявок в ваши отделы нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="274"/>
        <source>You have not filed any requests yet.</source>
        <translation>Вы ещё не подавали заявок.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="275"/>
        <source>None of your requests is open.</source>
        <translation>Открытых заявок от вас нет.</translation>
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
    <name>RequestSteps</name>
    <message>
        <location filename="../../desk_app/ui/requests/request_steps.py" line="65"/>
        <source>Issue to the order</source>
        <translation>Выдать по заказу</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/request_steps.py" line="67"/>
        <source>Put the parts in stock onto order {number} as its part lines, with their prices?</source>
        <translation>Добавить имеющиеся в наличии запчасти в заказ-наряд {number} строками запчастей, с их ценами?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/request_steps.py" line="70"/>
        <source>Issue</source>
        <translation>Выдать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/request_steps.py" line="75"/>
        <location filename="../../desk_app/ui/requests/request_steps.py" line="79"/>
        <source>Cancel the request</source>
        <translation>Отменить заявку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/request_steps.py" line="76"/>
        <source>Cancel request {number}? The department stops working on it.</source>
        <translation>Отменить заявку {number}? Отдел прекратит работу по ней.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/request_steps.py" line="89"/>
        <source>You took request {number}.</source>
        <translation>Вы взяли в работу заявку {number}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/request_steps.py" line="96"/>
        <source>Parts reserved for request {number}: {count}.</source>
        <translation>Зарезервировано запчастей по заявке {number}: {count}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/request_steps.py" line="104"/>
        <source>Parts issued to order {order}: {count}.</source>
        <translation>Выдано запчастей по заказу {order}: {count}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/request_steps.py" line="112"/>
        <source>Request {number} cancelled.</source>
        <translation>Заявка {number} отменена.</translation>
    </message>
</context>
<context>
    <name>RequestsArea</name>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="62"/>
        <source>{status}, overdue</source>
        <translation>{status}, просрочено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="72"/>
        <source>Good</source>
        <translation>Хорошо</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="74"/>
        <source>Not good</source>
        <translation>Плохо</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="117"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="122"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="127"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="133"/>
        <source>Due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="138"/>
        <source>Needed by</source>
        <translation>Нужно к</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="142"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="144"/>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="145"/>
        <source>Vehicle</source>
        <translation>Автомобиль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="147"/>
        <source>Work order</source>
        <translation>Заказ-наряд</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="150"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="175"/>
        <source>Filed {moment} by {name} ({department})</source>
        <translation>Подана {moment}, заявитель: {name} ({department})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="55"/>
        <source>Show &amp;closed</source>
        <translation>Показать &amp;закрытые</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="57"/>
        <source>Also list requests that were closed, rejected or cancelled</source>
        <translation>Показывать также закрытые, отклонённые и отменённые заявки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="82"/>
        <source>Scorecards</source>
        <translation>Оценка работы отделов</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="83"/>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="84"/>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="98"/>
        <source>&amp;New request…</source>
        <translation>&amp;Новая заявка…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="100"/>
        <source>Ask parts, finance or the workshop (Ctrl+N)</source>
        <translation>Заявка в отдел запчастей, бухгалтерию или цех (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="105"/>
        <source>&amp;Print slip</source>
        <translation>&amp;Печать бланка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="107"/>
        <source>Print the chosen request for its counter (Ctrl+P)</source>
        <translation>Напечатать бланк выбранной заявки для отдела (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="134"/>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="238"/>
        <source>Request {number} filed.</source>
        <translation>Заявка {number} подана.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="248"/>
        <source>New request from {request}</source>
        <translation>Новая заявка: {request}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="262"/>
        <source>Choose a request in the list to print its slip.</source>
        <translation>Выберите заявку в списке, чтобы напечатать её бланк.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="270"/>
        <source>Request slip</source>
        <translation>Бланк заявки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="280"/>
        <source>Incoming</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="280"/>
        <source>My requests</source>
        <translation>Мои заявки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="285"/>
        <source>{count} new</source>
        <translation>новых: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="288"/>
        <source>{overdue} overdue</source>
        <translation>просрочено: {overdue}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="291"/>
        <source>{count} answered, to rate</source>
        <translation>ответов к оценке: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="293"/>
        <source>{name} ({notes})</source>
        <translation>{name} ({notes})</translation>
    </message>
</context>
<context>
    <name>RequestsSection</name>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="176"/>
        <source>Ask parts / finance…</source>
        <translation>Запрос в запчасти / бухгалтерию…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="179"/>
        <source>File a request about this car to another department</source>
        <translation>Подать заявку по этому автомобилю в другой отдел</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="190"/>
        <source>Nobody has asked another department about this car yet.</source>
        <translation>По этому автомобилю в другие отделы пока не обращались.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="279"/>
        <source>No. {id} · {kind} · filed {moment} by {name}</source>
        <translation>№ {id} · {kind} · подана {moment}, {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="290"/>
        <source>Answer ({name}, {moment}):</source>
        <translation>Ответ ({name}, {moment}):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="294"/>
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="299"/>
        <source>No answer yet; promised by {moment}.</source>
        <translation>Ответа пока нет; обещан к {moment}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="308"/>
        <source>Requests about this car: {count}</source>
        <translation>Заявки по этому автомобилю: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="312"/>
        <source>overdue now: {count}</source>
        <translation>сейчас просрочено: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="314"/>
        <source>answered late: {count}</source>
        <translation>отвечено с опозданием: {count}</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="82"/>
        <source>No internal request concerned this client&apos;s orders.</source>
        <translation>По заказ-нарядам этого клиента внутренних заявок не было.</translation>
    </message>
</context>
<context>
    <name>ResultsBox</name>
    <message>
        <location filename="../../desk_app/ui/requests/survey_results.py" line="155"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_results.py" line="183"/>
        <source>&amp;Round:</source>
        <translation>&amp;Опрос:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_results.py" line="207"/>
        <source>Results appear here when a round is closed.</source>
        <translation>Результаты появятся здесь, когда опрос будет закрыт.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_results.py" line="217"/>
        <source>Nobody answered in this round.</source>
        <translation>В этом опросе никто не ответил.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_results.py" line="219"/>
        <source>Nobody rated your department in this round.</source>
        <translation>В этом опросе ваш отдел никто не оценил.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_results.py" line="227"/>
        <source>&lt;b&gt;{department}&lt;/b&gt; — to improve: {criteria}</source>
        <translation>&lt;b&gt;{department}&lt;/b&gt; — улучшить: {criteria}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_results.py" line="238"/>
        <source>Hover a mean to see it by rating department; a department is shown apart only when at least three of its people answered.</source>
        <translation>Наведите курсор на среднее, чтобы увидеть его по оценивавшим отделам; отдел показывается отдельно, только если ответили не меньше трёх его сотрудников.</translation>
    </message>
</context>
<context>
    <name>SaveRetry</name>
    <message>
        <location filename="../../desk_app/ui/save_retry.py" line="80"/>
        <source>Retry &amp;now</source>
        <translation>Повторить &amp;сейчас</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/save_retry.py" line="84"/>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/save_retry.py" line="128"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/save_retry.py" line="157"/>
        <source>Retrying in {seconds} s…</source>
        <translation>Повторная попытка через {seconds} с…</translation>
    </message>
</context>
<context>
    <name>ScorecardPage</name>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="48"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="49"/>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="50"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="66"/>
        <source>{n} min</source>
        <translation>{n} мин</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="70"/>
        <source>{n} h</source>
        <translation>{n} ч</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="73"/>
        <source>{n} days</source>
        <translation>{n} дн.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="80"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="86"/>
        <source>Cars held up</source>
        <translation>Задержано автомобилей</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="92"/>
        <source>Late answers</source>
        <translation>Ответов с опозданием</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="98"/>
        <source>Late hours</source>
        <translation>Часов опоздания</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="234"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="236"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="239"/>
        <source>How the departments serve each other</source>
        <translation>Как отделы обслуживают друг друга</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="246"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="251"/>
        <source>No department received requests in this period.</source>
        <translation>За этот период ни один отдел не получал заявок.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="265"/>
        <source>Cars ready after the time promised to the client, while a request to the department was answered late (or is still unanswered). The chain is no stronger than its weakest link.</source>
        <translation>Автомобили, готовые позже срока, обещанного клиенту, когда отдел ответил на заявку с опозданием (или ещё не ответил). Цепь не прочнее самого слабого звена.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="290"/>
        <source>The weakest link</source>
        <translation>Самое слабое звено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="351"/>
        <source>No car was held up by a late answer in this period.</source>
        <translation>За этот период ни один автомобиль не был задержан из-за опоздания с ответом.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="353"/>
        <source>The weakest link: {department}. Its late answers held up %n car(s), {hours} h late in all.</source>
        <translation>
            <numerusform>Самое слабое звено: {department}. Из-за его запоздалых ответов задержан %n автомобиль, всего опоздание {hours} ч.</numerusform>
            <numerusform>Самое слабое звено: {department}. Из-за его запоздалых ответов задержаны %n автомобиля, всего опоздание {hours} ч.</numerusform>
            <numerusform>Самое слабое звено: {department}. Из-за его запоздалых ответов задержано %n автомобилей, всего опоздание {hours} ч.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../desk_app/ui/intake/search_results.py" line="31"/>
        <source>No car on file</source>
        <translation>Автомобиль не указан</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseForm</name>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="75"/>
        <source>e.g. db.shop.local or 192.168.1.10</source>
        <translation>например, db.shop.local или 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="84"/>
        <source>Kept in this computer&apos;s keyring, never in the settings file.</source>
        <translation>Хранится в хранилище паролей этого компьютера, а не в файле настроек.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="86"/>
        <source>This computer has no keyring: the password is asked at each start.</source>
        <translation>На этом компьютере нет хранилища паролей: пароль запрашивается при каждом запуске.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="90"/>
        <location filename="../../desk_app/ui/database_dialog.py" line="182"/>
        <source>&amp;Connect</source>
        <translation>Под&amp;ключиться</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="102"/>
        <source>Server (&amp;host):</source>
        <translation>&amp;Сервер (хост):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="103"/>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="104"/>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="105"/>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="106"/>
        <source>Pass&amp;word:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="159"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="168"/>
        <source>Name the computer the database server runs on.</source>
        <translation>Укажите компьютер, на котором работает сервер базы данных.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="170"/>
        <source>Name the database on that server.</source>
        <translation>Укажите базу данных на этом сервере.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="172"/>
        <source>Name the user the desk connects as.</source>
        <translation>Укажите пользователя, от имени которого подключается рабочее место.</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="65"/>
        <source>e.g. ООО or ИП</source>
        <translation>например, ООО или ИП</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="66"/>
        <source>10 digits, or 12 for an entrepreneur</source>
        <translation>10 цифр, для ИП — 12</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="68"/>
        <source>13 digits, or 15 for an entrepreneur</source>
        <translation>13 цифр, для ИП — 15</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="78"/>
        <source>Choose logo…</source>
        <translation>Выбрать логотип…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="80"/>
        <source>Remove logo</source>
        <translation>Убрать логотип</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="82"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="84"/>
        <source>Reload the saved details</source>
        <translation>Вернуть сохранённые реквизиты</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="102"/>
        <source>How the shop is named on every printed act, sheet and letter.</source>
        <translation>Так сервис указывается во всех печатных актах, листах и письмах.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="114"/>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="115"/>
        <source>&amp;Legal form:</source>
        <translation>&amp;Правовая форма:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="116"/>
        <source>&amp;INN:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="117"/>
        <source>&amp;OGRN / OGRNIP:</source>
        <translation>&amp;ОГРН / ОГРНИП:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="118"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="119"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="120"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="124"/>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="126"/>
        <source>&amp;Warranty text:</source>
        <translation>Текст &amp;гарантии:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="202"/>
        <source>The shop&apos;s details are saved.</source>
        <translation>Реквизиты сервиса сохранены.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="209"/>
        <source>Choose the shop&apos;s logo</source>
        <translation>Выберите логотип сервиса</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="209"/>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="220"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>Не удалось прочитать {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="234"/>
        <source>No logo</source>
        <translation>Логотипа нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="244"/>
        <source>Not a PNG image</source>
        <translation>Это не изображение PNG</translation>
    </message>
</context>
<context>
    <name>ShopTimeline</name>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_items.py" line="123"/>
        <source>not set</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_items.py" line="125"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_items.py" line="130"/>
        <location filename="../../desk_app/ui/timeline/gantt_appointments.py" line="77"/>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_items.py" line="132"/>
        <location filename="../../desk_app/ui/timeline/gantt_appointments.py" line="78"/>
        <source>Vehicle:</source>
        <translation>Автомобиль:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_items.py" line="135"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_items.py" line="136"/>
        <source>Accepted:</source>
        <translation>Принят:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_items.py" line="137"/>
        <source>Promised:</source>
        <translation>Обещанный срок:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_rulers.py" line="115"/>
        <location filename="../../desk_app/ui/timeline/gantt_appointments.py" line="87"/>
        <source>Appointments</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_rulers.py" line="122"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_rulers.py" line="125"/>
        <source>free</source>
        <translation>свободно</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_appointments.py" line="71"/>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="63"/>
        <source>Appointment</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_appointments.py" line="74"/>
        <source>Booked for:</source>
        <translation>Записан на:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_appointments.py" line="79"/>
        <source>Reason:</source>
        <translation>Повод:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="61"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_layout.py" line="55"/>
        <source>No bay</source>
        <translation>Без поста</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_layout.py" line="56"/>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
</context>
<context>
    <name>ShopTimelineWidget</name>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="137"/>
        <source>Bays</source>
        <translation>Посты</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="137"/>
        <source>Mechanics</source>
        <translation>Слесари</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="147"/>
        <source>%n car(s)</source>
        <translation>
            <numerusform>%n автомобиль</numerusform>
            <numerusform>%n автомобиля</numerusform>
            <numerusform>%n автомобилей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="149"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просрочен</numerusform>
            <numerusform>%n просрочено</numerusform>
            <numerusform>%n просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="151"/>
        <source>%n booked</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="220"/>
        <source>Order {number} moved to {lane}.</source>
        <translation>Заказ-наряд {number} перенесён: {lane}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="222"/>
        <source>Order {number}: works handed over to {lane}.</source>
        <translation>Заказ-наряд {number}: работы переданы — {lane}.</translation>
    </message>
</context>
<context>
    <name>ShopWatcher</name>
    <message>
        <location filename="../../desk_app/ui/live_updates.py" line="122"/>
        <source>Live updates paused: the database does not answer. Trying again every {seconds} seconds.</source>
        <translation>Обновление на лету приостановлено: база данных не отвечает. Повторная попытка каждые {seconds} с.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="43"/>
        <source>Add a person</source>
        <translation>Добавить сотрудника</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="45"/>
        <source>Change {name}</source>
        <translation>Изменить: {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="53"/>
        <source>Surname, first name and patronymic</source>
        <translation>Фамилия, имя и отчество</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="55"/>
        <source>e.g. Senior receptionist</source>
        <translation>например, старший мастер-приёмщик</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="71"/>
        <source>Leave empty to keep the password</source>
        <translation>Оставьте пустым, чтобы не менять пароль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="84"/>
        <source>Full &amp;name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="86"/>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="87"/>
        <source>Roles:</source>
        <translation>Роли:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="91"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="91"/>
        <source>New &amp;password:</source>
        <translation>Новый &amp;пароль:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="93"/>
        <source>&amp;Repeat password:</source>
        <translation>П&amp;овторите пароль:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="98"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="98"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="122"/>
        <source>Department: {department}</source>
        <translation>Отдел: {department}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="129"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="50"/>
        <source>Active</source>
        <translation>Работает</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="51"/>
        <source>Retired</source>
        <translation>Не работает</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="56"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="62"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="68"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="74"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="80"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="121"/>
        <source>&amp;Add person…</source>
        <translation>&amp;Добавить сотрудника…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="123"/>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="124"/>
        <source>Change the position, roles or password</source>
        <translation>Изменить должность, роли или пароль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="126"/>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="233"/>
        <source>&amp;Retire</source>
        <translation>&amp;Уволить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="198"/>
        <source>{name} is back at work.</source>
        <translation>{name}: снова работает.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="198"/>
        <source>{name} is retired.</source>
        <translation>{name}: больше не работает.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="221"/>
        <source>{name} was added.</source>
        <translation>Добавлен сотрудник: {name}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="221"/>
        <source>{name} was changed.</source>
        <translation>Изменены данные сотрудника: {name}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="233"/>
        <source>&amp;Bring back</source>
        <translation>&amp;Вернуть</translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="47"/>
        <source>every year</source>
        <translation>ежегодно</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="48"/>
        <source>once</source>
        <translation>однократно</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="52"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="53"/>
        <source>Repeats</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="54"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="31"/>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="32"/>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="33"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="34"/>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="35"/>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="36"/>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="37"/>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="74"/>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="76"/>
        <source>{hours} h</source>
        <translation>{hours} ч</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="77"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} ч {minutes} мин</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="111"/>
        <source>no window: never served</source>
        <translation>нет часов приёма: заявки не обслуживаются</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="117"/>
        <source>{first} and {second}</source>
        <translation>{first} и {second}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="57"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="62"/>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="67"/>
        <source>Response time</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="72"/>
        <source>Service windows</source>
        <translation>Часы приёма заявок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="117"/>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="118"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="128"/>
        <source>Reload the saved standard</source>
        <translation>Загрузить сохранённый норматив</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="131"/>
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="132"/>
        <source>Show the saved standard again</source>
        <translation>Снова показать сохранённый норматив</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="134"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="160"/>
        <source>Response time:</source>
        <translation>Срок ответа:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="165"/>
        <source>Counted only inside the windows, on days the shop is open.</source>
        <translation>Считается только в часы приёма заявок, в рабочие дни сервиса.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="177"/>
        <source>Service windows:</source>
        <translation>Часы приёма заявок:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="188"/>
        <source>What each department promises the others: a request is answered within its response time, counted in the department&apos;s service windows. A request filed outside them waits for the next window.</source>
        <translation>Что каждый отдел обещает остальным: на заявку отвечают в пределах срока ответа, который отсчитывается в часы приёма заявок отдела. Заявка, поданная вне этих часов, ждёт следующего периода приёма.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="230"/>
        <source>Save or revert this change first.</source>
        <translation>Сначала сохраните или отмените это изменение.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="263"/>
        <source>The standard for &quot;{kind}&quot; is saved.</source>
        <translation>Норматив для «{kind}» сохранён.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="318"/>
        <source>A request filed now would never be answered: it has no window.</source>
        <translation>На заявку, поданную сейчас, никогда не ответят: для неё нет часов приёма.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="321"/>
        <source>A request filed now would wait for the window at {opens} and be answered by {due}.</source>
        <translation>Заявка, поданная сейчас, будет ждать начала приёма в {opens}, ответ — до {due}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="324"/>
        <source>A request filed now would be answered by {due}.</source>
        <translation>На заявку, поданную сейчас, ответят до {due}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="326"/>
        <source>(By the saved standard: save to see the new one.)</source>
        <translation>(По сохранённому нормативу: сохраните, чтобы увидеть новый.)</translation>
    </message>
</context>
<context>
    <name>StatusBoard</name>
    <message>
        <location filename="../../desk_app/ui/timeline/cards.py" line="52"/>
        <source>No promised time</source>
        <translation>Срок не обещан</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/cards.py" line="76"/>
        <source>today {time}</source>
        <translation>сегодня {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/cards.py" line="78"/>
        <source>tomorrow {time}</source>
        <translation>завтра {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/cards.py" line="100"/>
        <source>Due {when}</source>
        <translation>Срок: {when}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="69"/>
        <source>No bay yet</source>
        <translation>Пост не назначен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="110"/>
        <source>No cars</source>
        <translation>Автомобилей нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="141"/>
        <source>Status board</source>
        <translation>Доска статусов</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="145"/>
        <source>All open orders</source>
        <translation>Все открытые заказ-наряды</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="146"/>
        <source>Today&apos;s orders</source>
        <translation>Заказ-наряды на сегодня</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="147"/>
        <source>Cars accepted today or promised for today</source>
        <translation>Автомобили, принятые сегодня или обещанные к сегодняшнему дню</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="259"/>
        <source>Cars: {count}</source>
        <translation>Автомобилей: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="261"/>
        <source>Overdue: {count}</source>
        <translation>Просрочено: {count}</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="197"/>
        <source>Round title, e.g. Autumn 2026</source>
        <translation>Название опроса, например «Осень 2026»</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="199"/>
        <source>&amp;Open a round</source>
        <translation>&amp;Открыть опрос</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="202"/>
        <source>C&amp;lose the round</source>
        <translation>&amp;Закрыть опрос</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="234"/>
        <source>No survey round is open.</source>
        <translation>Нет открытого опроса.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="237"/>
        <source>The survey “{title}” is open since {moment}.</source>
        <translation>Опрос «{title}» открыт с {moment}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="266"/>
        <source>Close the round</source>
        <translation>Закрыть опрос</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="268"/>
        <source>Close “{title}”? Nobody can rate in it afterwards, and its results are shown.</source>
        <translation>Закрыть опрос «{title}»? После этого в нём нельзя будет ставить оценки, а его результаты станут видны.</translation>
    </message>
</context>
<context>
    <name>SurveyResults</name>
    <message>
        <location filename="../../desk_app/ui/requests/survey_results.py" line="63"/>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_results.py" line="86"/>
        <source>raters: {count}</source>
        <translation>оценивших: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_results.py" line="101"/>
        <source>{department} ({count}): {mean}</source>
        <translation>{department} ({count}): {mean}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_results.py" line="110"/>
        <source>raters not shown by department, to keep them anonymous: {count}</source>
        <translation>оценивших без разбивки по отделам (ради анонимности): {count}</translation>
    </message>
</context>
<context>
    <name>SurveyWords</name>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="16"/>
        <source>Competence</source>
        <translation>Компетентность</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="17"/>
        <source>Accessibility</source>
        <translation>Доступность</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="18"/>
        <source>Courtesy</source>
        <translation>Вежливость</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="19"/>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="20"/>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="21"/>
        <source>Responsibility</source>
        <translation>Ответственность</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="22"/>
        <source>Communication</source>
        <translation>Общение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="23"/>
        <source>Understanding the customer</source>
        <translation>Понимание клиента</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="24"/>
        <source>Tangibles</source>
        <translation>Материальная среда</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="28"/>
        <source>Knows the job and has the skills to do it.</source>
        <translation>Знает своё дело и умеет его делать.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="31"/>
        <source>Easy to reach: answers the phone, is there when needed.</source>
        <translation>Легко связаться: берёт трубку, на месте, когда нужен.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="34"/>
        <source>Polite, respectful and friendly with us.</source>
        <translation>Вежлив, уважителен и доброжелателен с нами.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="37"/>
        <source>Does what was promised, right the first time and on time.</source>
        <translation>Делает обещанное — правильно с первого раза и в срок.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="40"/>
        <source>Cars, money and data are safe in their hands.</source>
        <translation>Автомобили, деньги и данные у них в сохранности.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="43"/>
        <source>Takes our problem as their own and sees it through.</source>
        <translation>Принимает нашу проблему как свою и доводит дело до конца.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="46"/>
        <source>Keeps us informed in plain words, and listens.</source>
        <translation>Держит нас в курсе простыми словами и умеет слушать.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="49"/>
        <source>Knows what we need and why we ask.</source>
        <translation>Понимает, что нам нужно и зачем мы просим.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="52"/>
        <source>Tidy workplace, working tools, clear paperwork.</source>
        <translation>Порядок на рабочем месте, исправный инструмент, понятные документы.</translation>
    </message>
</context>
<context>
    <name>TierTableBox</name>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="88"/>
        <source>Reload the saved table</source>
        <translation>Загрузить сохранённую таблицу</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="91"/>
        <source>Add row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="92"/>
        <source>Remove row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="93"/>
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="94"/>
        <source>Show the saved table again</source>
        <translation>Снова показать сохранённую таблицу</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="95"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="156"/>
        <source>&quot;{table}&quot; is saved.</source>
        <translation>Таблица «{table}» сохранена.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="206"/>
        <source>Type an order value above to see its discount.</source>
        <translation>Введите выше сумму заказа, чтобы увидеть скидку.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="210"/>
        <source>no discount</source>
        <translation>без скидки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="212"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="215"/>
        <source>A car bought here gets {extra} % more.</source>
        <translation>Для автомобиля, купленного у нас, — ещё {extra} %.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="230"/>
        <source>Row {row}: {message}</source>
        <translation>Строка {row}: {message}</translation>
    </message>
</context>
<context>
    <name>TimelineArea</name>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="57"/>
        <source>Order</source>
        <translation>Заказ-наряд</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="59"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="65"/>
        <source>Promised</source>
        <translation>Обещанный срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="66"/>
        <source>Vehicle</source>
        <translation>Автомобиль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="67"/>
        <source>Plate</source>
        <translation>Гос. номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="68"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="69"/>
        <source>Bay</source>
        <translation>Пост</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="70"/>
        <source>Master</source>
        <translation>Мастер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="72"/>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/area.py" line="56"/>
        <source>My work</source>
        <translation>Мои работы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/area.py" line="62"/>
        <source>Cars in the shop</source>
        <translation>Автомобили в сервисе</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/area.py" line="83"/>
        <location filename="../../desk_app/ui/timeline/area.py" line="94"/>
        <source>Timeline</source>
        <translation>График</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/area.py" line="84"/>
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/area.py" line="85"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/area.py" line="113"/>
        <source>{count} overdue</source>
        <translation>просрочено: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/area.py" line="113"/>
        <source>None overdue</source>
        <translation>Просроченных нет</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="40"/>
        <source>appointments</source>
        <translation>записи на приём</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="41"/>
        <source>the journal of changes</source>
        <translation>журнал изменений</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="42"/>
        <source>bays</source>
        <translation>посты</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="43"/>
        <source>intake checklists</source>
        <translation>чек-листы приёмки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="44"/>
        <source>clients&apos; approvals</source>
        <translation>согласования клиентов</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="45"/>
        <source>phone numbers</source>
        <translation>номера телефонов</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="46"/>
        <source>client cards</source>
        <translation>карточки клиентов</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="47"/>
        <source>holidays</source>
        <translation>нерабочие дни</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="48"/>
        <source>calls to clients</source>
        <translation>звонки клиентам</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="49"/>
        <source>damage marks</source>
        <translation>отметки повреждений</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="50"/>
        <source>departments</source>
        <translation>отделы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="51"/>
        <source>discounts</source>
        <translation>скидки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="52"/>
        <source>inspection results</source>
        <translation>результаты осмотра</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="53"/>
        <source>intake drafts</source>
        <translation>черновики приёмки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="54"/>
        <source>internal requests</source>
        <translation>внутренние заявки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="55"/>
        <source>joint goals</source>
        <translation>совместные цели</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="56"/>
        <source>labour lines</source>
        <translation>строки работ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="57"/>
        <source>the price list</source>
        <translation>прайс-лист</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="58"/>
        <source>part lines</source>
        <translation>строки запчастей</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="59"/>
        <source>quality checks</source>
        <translation>проверки качества</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="60"/>
        <source>answers to requests</source>
        <translation>ответы на заявки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="61"/>
        <source>requested parts</source>
        <translation>запрошенные запчасти</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="62"/>
        <source>service standards</source>
        <translation>нормативы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="63"/>
        <source>service windows</source>
        <translation>часы приёма заявок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="64"/>
        <source>the shop&apos;s settings</source>
        <translation>настройки сервиса</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="65"/>
        <source>staff</source>
        <translation>сотрудники</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="66"/>
        <source>staff roles</source>
        <translation>роли сотрудников</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="67"/>
        <source>status history</source>
        <translation>история статусов</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="68"/>
        <source>survey answers</source>
        <translation>ответы на опросы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="69"/>
        <source>surveys</source>
        <translation>опросы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="70"/>
        <source>survey scores</source>
        <translation>оценки в опросах</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="71"/>
        <source>cars</source>
        <translation>автомобили</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="72"/>
        <source>work orders</source>
        <translation>заказ-наряды</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="118"/>
        <source>Move the shop to the shared database</source>
        <translation>Перенос сервиса в общую базу данных</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="122"/>
        <source>Every client card, car, work order, appointment, internal request and staff account of this desk is copied to the shared database, and the copy is checked table by table. The shared database must be empty. This desk keeps its own file untouched; if the copy fails or you cancel it, nothing is left on the server.</source>
        <translation>Все карточки клиентов, автомобили, заказ-наряды, записи на приём, внутренние заявки и учётные записи сотрудников этого рабочего места копируются в общую базу данных, и копия проверяется по каждой таблице. Общая база данных должна быть пустой. Собственный файл этого рабочего места не изменяется; если копирование не удастся или вы его отмените, на сервере ничего не останется.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="131"/>
        <source>From:</source>
        <translation>Откуда:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="132"/>
        <source>To:</source>
        <translation>Куда:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="137"/>
        <source>Press Start when no one is changing data here.</source>
        <translation>Нажмите «Начать», когда никто не будет изменять здесь данные.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="144"/>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="292"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="146"/>
        <source>Use the shared database from the next start</source>
        <translation>Использовать общую базу данных со следующего запуска</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="148"/>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="296"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="190"/>
        <source>Connecting to the shared database…</source>
        <translation>Подключение к общей базе данных…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="198"/>
        <source>Cancelling… the shared database is put back.</source>
        <translation>Отмена… общая база данных возвращается в исходное состояние.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="206"/>
        <source>Preparing the shared database: {total} rows to copy…</source>
        <translation>Подготовка общей базы данных: строк для копирования — {total}…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="210"/>
        <source>Checking the copy: counting the rows on both sides…</source>
        <translation>Проверка копии: подсчёт строк с обеих сторон…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="212"/>
        <source>Copying {what}… {done} of {total} rows</source>
        <translation>Копирование: {what}… строк: {done} из {total}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="223"/>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="227"/>
        <source>{rows} rows in {tables} tables copied and checked in {seconds} s. The shared database now holds this desk&apos;s shop.</source>
        <translation>Скопировано и проверено за {seconds} с: строк — {rows}, таблиц — {tables}. Теперь данные сервиса этого рабочего места находятся в общей базе данных.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="245"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="247"/>
        <source>The shop was not moved.</source>
        <translation>Сервис не перенесён.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="292"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="296"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_chart.py" line="45"/>
        <source>Solid line: share answered within the agreed standard. Dashed line: share rated “good”. Per week, in per cent.</source>
        <translation>Сплошная линия: доля ответов в пределах согласованного норматива. Пунктир: доля ответов с оценкой «хорошо». По неделям, в процентах.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_chart.py" line="52"/>
        <source>Week by week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_chart.py" line="67"/>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_chart.py" line="97"/>
        <source>{department}: rated good</source>
        <translation>{department}: оценка «хорошо»</translation>
    </message>
</context>
<context>
    <name>VehicleFormDialog</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="64"/>
        <source>Edit the car</source>
        <translation>Изменить автомобиль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="64"/>
        <source>Add a car</source>
        <translation>Добавить автомобиль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="69"/>
        <source>Make</source>
        <translation>Марка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="70"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="71"/>
        <source>Year</source>
        <translation>Год выпуска</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="72"/>
        <source>Plate</source>
        <translation>Гос. номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="73"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="74"/>
        <source>Engine number</source>
        <translation>Номер двигателя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="75"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="83"/>
        <source>Bought at this station</source>
        <translation>Куплен у нас</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="212"/>
        <source>This car is no longer on the client&apos;s card.</source>
        <translation>Этого автомобиля больше нет в карточке клиента.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="237"/>
        <source>Your input is kept. Save to replace what the other desk saved.</source>
        <translation>Ваши изменения не потеряны. Сохраните, чтобы заменить данные, сохранённые на другом рабочем месте.</translation>
    </message>
</context>
<context>
    <name>VehicleSection</name>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="49"/>
        <source>Car</source>
        <translation>Автомобиль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="57"/>
        <source>Other car…</source>
        <translation>Другой автомобиль…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="75"/>
        <source>17 characters</source>
        <translation>17 символов</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="76"/>
        <source>А123ВС77</source>
        <translation>А123ВС77</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="83"/>
        <source>&amp;Make</source>
        <translation>&amp;Марка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="84"/>
        <source>Mo&amp;del</source>
        <translation>М&amp;одель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="85"/>
        <source>&amp;Year</source>
        <translation>&amp;Год выпуска</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="86"/>
        <source>&amp;Plate</source>
        <translation>Гос. &amp;номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="87"/>
        <source>&amp;VIN</source>
        <translation>&amp;VIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="88"/>
        <source>&amp;Engine number</source>
        <translation>Номер &amp;двигателя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="89"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="167"/>
        <source>VIN {vin}</source>
        <translation>VIN {vin}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="170"/>
        <source>First visit: no odometer reading on file</source>
        <translation>Первый визит: прежних показаний пробега нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="172"/>
        <source>Last odometer: {km} km</source>
        <translation>Последний пробег: {km} км</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="195"/>
        <source>From the VIN: {what}</source>
        <translation>По VIN: {what}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="215"/>
        <source>The year of manufacture is from {first} to {last}.</source>
        <translation>Год выпуска — от {first} до {last}.</translation>
    </message>
</context>
<context>
    <name>VehiclesTab</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="113"/>
        <source>&amp;Edit car…</source>
        <translation>&amp;Изменить автомобиль…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="116"/>
        <source>&amp;Add car…</source>
        <translation>&amp;Добавить автомобиль…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="208"/>
        <source>No car on file.</source>
        <translation>Автомобили не указаны.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="219"/>
        <source>Next service: not available in this version.</source>
        <translation>Следующее ТО: недоступно в этой версии.</translation>
    </message>
</context>
<context>
    <name>VisitsTable</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="80"/>
        <source>Double-click a visit to open its work order.</source>
        <translation>Дважды щёлкните по визиту, чтобы открыть его заказ-наряд.</translation>
    </message>
</context>
<context>
    <name>WindowRow</name>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="168"/>
        <source>Opens</source>
        <translation>Начало приёма</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="169"/>
        <source>Closes</source>
        <translation>Конец приёма</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="176"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>WindowsEditor</name>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="197"/>
        <source>No windows: requests of this kind are never served.</source>
        <translation>Часы приёма не заданы: заявки этого вида не обслуживаются.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="198"/>
        <source>Add window</source>
        <translation>Добавить часы приёма</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="200"/>
        <source>Add Mon–Fri 09:00–18:00</source>
        <translation>Добавить Пн–Пт 09:00–18:00</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="201"/>
        <source>The usual working week in one row</source>
        <translation>Обычная рабочая неделя одной строкой</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="246"/>
        <source>Type the times as hh:mm, from 00:00 to 24:00.</source>
        <translation>Вводите время в формате чч:мм, от 00:00 до 24:00.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="248"/>
        <source>Tick the days of every window.</source>
        <translation>Отметьте дни для каждого периода приёма.</translation>
    </message>
</context>
<context>
    <name>WorksSection</name>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="72"/>
        <source>Works and the client&apos;s parts</source>
        <translation>Работы и запчасти клиента</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="79"/>
        <source>Add a work: type a code or a name from the price list, or any text; Enter</source>
        <translation>Добавить работу: введите код или название из прайс-листа либо любой текст; Enter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="94"/>
        <source>Remove the selected work (Del)</source>
        <translation>Удалить выбранную работу (Del)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="106"/>
        <source>Add a part the client brought: its name; Enter</source>
        <translation>Добавить запчасть, привезённую клиентом: её название; Enter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="112"/>
        <source>Remove the selected part (Del)</source>
        <translation>Удалить выбранную запчасть (Del)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="117"/>
        <source>Parts supplied by the client (not charged)</source>
        <translation>Запчасти клиента (не оплачиваются)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="136"/>
        <source>Work {number}</source>
        <translation>Работа {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="139"/>
        <source>Part {number}</source>
        <translation>Запчасть {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="152"/>
        <source>{code}  {name} — {hours} h</source>
        <translation>{code}  {name} — {hours} ч</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="225"/>
        <source>Total: {hours} h, {amount}</source>
        <translation>Итого: {hours} ч, {amount}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="229"/>
        <source>No works yet</source>
        <translation>Работ пока нет</translation>
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
        <translation>Сохранить</translation>
    </message>
</context>
</TS>
