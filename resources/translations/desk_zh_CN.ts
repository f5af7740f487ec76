<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <location filename="../../desk_app/ui/admin/area.py" line="40"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/area.py" line="43"/>
        <source>Discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/area.py" line="46"/>
        <source>Shop</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/area.py" line="50"/>
        <source>Standards</source>
        <translation>约定标准</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/area.py" line="53"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/area.py" line="57"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/area.py" line="64"/>
        <source>Admin</source>
        <translation>管理</translation>
    </message>
</context>
<context>
    <name>AgreeForm</name>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="82"/>
        <source>Agree a new goal</source>
        <translation>约定新目标</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="85"/>
        <source>e.g. fitters trained for air conditioning</source>
        <translation>例如：完成空调维修培训的技师人数</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="93"/>
        <source>pcs, people, days…</source>
        <translation>件、人、天…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="98"/>
        <source>&amp;Agree the goal</source>
        <translation>约定目标(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="120"/>
        <source>&amp;Goal:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="122"/>
        <source>&amp;Supplier → customer:</source>
        <translation>供应方 → 客户方(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="124"/>
        <source>&amp;Target and unit:</source>
        <translation>目标值和单位(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="126"/>
        <source>&amp;Due on:</source>
        <translation>截止日期(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="52"/>
        <source>The client&apos;s answer — {number}</source>
        <translation>客户答复 — {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="54"/>
        <source>Tick what the client agreed to</source>
        <translation>勾选客户同意的项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="56"/>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="58"/>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="82"/>
        <source>e.g. asks to call when the car is ready</source>
        <translation>例如：要求车辆完工后来电</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="86"/>
        <source>&amp;Answered by:</source>
        <translation>答复人(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="87"/>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="88"/>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="89"/>
        <source>C&amp;omment:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="93"/>
        <source>Record the answer</source>
        <translation>记录答复</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="120"/>
        <source>Work</source>
        <translation>维修项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="120"/>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="122"/>
        <source>{kind}: {name} — {amount}</source>
        <translation>{kind}：{name} — {amount}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/answer_dialog.py" line="150"/>
        <source>Agreed {count} of {all}: {amount}</source>
        <translation>已同意 {count}/{all} 项：{amount}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="55"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="56"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="142"/>
        <source>Answer request {number} — {kind}</source>
        <translation>答复请求 {number} — {kind}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="161"/>
        <source>Part number</source>
        <translation>零件号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="162"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="163"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="164"/>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="165"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="166"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="167"/>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="168"/>
        <source>Arrives</source>
        <translation>到货时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="182"/>
        <source>&amp;Add a part</source>
        <translation>添加配件(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="193"/>
        <source>e.g. analogue from Bosch, cheaper, same day</source>
        <translation>例如：博世替代件，更便宜，当天到货</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="196"/>
        <source>&amp;Send the answer</source>
        <translation>发送答复(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="208"/>
        <source>Ans&amp;wer:</source>
        <translation>答复(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="220"/>
        <source>{name} asks</source>
        <translation>{name} 询问</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="247"/>
        <source>the quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="248"/>
        <source>the quantity available</source>
        <translation>可用数量</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="249"/>
        <source>the price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/answer_dialog.py" line="254"/>
        <source>Line {row}: {what} is not a number.</source>
        <translation>第 {row} 行：{what}不是数字。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desk_app/app.py" line="259"/>
        <source>The backup was not restored</source>
        <translation>备份未恢复</translation>
    </message>
    <message>
        <location filename="../../desk_app/app.py" line="278"/>
        <location filename="../../desk_app/app.py" line="289"/>
        <source>Demo shop</source>
        <translation>演示门店</translation>
    </message>
    <message>
        <location filename="../../desk_app/app.py" line="279"/>
        <source>This database already has data, so the demo shop was not added. Start with --db and a new file name to try the demo.</source>
        <translation>此数据库已有数据，因此未添加演示门店。如需试用演示，请使用 --db 并指定一个新文件名启动。</translation>
    </message>
    <message>
        <location filename="../../desk_app/app.py" line="263"/>
        <location filename="../../desk_app/app.py" line="318"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>AppointmentCalendar</name>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="77"/>
        <source>The week (or day) before (PgUp)</source>
        <translation>上一周（或上一天）(PgUp)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="79"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="80"/>
        <source>Back to today (Home)</source>
        <translation>回到今天 (Home)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="83"/>
        <source>The week (or day) after (PgDown)</source>
        <translation>下一周（或下一天）(PgDown)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="88"/>
        <source>&amp;Day</source>
        <translation>日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="89"/>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="99"/>
        <source>Show &amp;cancelled</source>
        <translation>显示已取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="195"/>
        <source>{day} (today)</source>
        <translation>{day}（今天）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="230"/>
        <source>No bookings</source>
        <translation>无预约</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="232"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/appointments/calendar.py" line="238"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n 个预约</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="250"/>
        <source>No bookings. Press “Book…” or double-click a free slot.</source>
        <translation>无预约。请点击“预约…”或双击空闲时段。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/calendar.py" line="287"/>
        <source>Booked by {name}</source>
        <translation>预约人：{name}</translation>
    </message>
</context>
<context>
    <name>AppointmentsPanel</name>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="81"/>
        <source>&amp;Book…</source>
        <translation>预约(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="84"/>
        <source>&amp;Arrived → start intake</source>
        <translation>已到店 → 开始接车(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="86"/>
        <source>&amp;No-show</source>
        <translation>未到店(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="88"/>
        <source>&amp;Cancel booking…</source>
        <translation>取消预约(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="170"/>
        <source>Select a booking to see it here. Double-click an empty slot to book it; ←/→ move between days, ↑/↓ between bookings.</source>
        <translation>选择预约即可在此查看。双击空闲时段即可预约；←/→ 切换日期，↑/↓ 切换预约。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="182"/>
        <source>Reason: {text}</source>
        <translation>原因：{text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="184"/>
        <source>Note: {text}</source>
        <translation>备注：{text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="185"/>
        <source>Booked by {name}</source>
        <translation>预约人：{name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="234"/>
        <source>Booked {client} for {when}.</source>
        <translation>已为 {client} 预约 {when}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="260"/>
        <source>{client} marked as a no-show.</source>
        <translation>已将 {client} 标记为未到店。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="270"/>
        <location filename="../../desk_app/ui/appointments/panel.py" line="276"/>
        <source>Cancel booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="272"/>
        <source>Cancel the booking of {client} on {when}?
Reason (optional):</source>
        <translation>取消 {client} 在 {when} 的预约？
原因（可选）：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="277"/>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/panel.py" line="287"/>
        <source>The booking of {client} is cancelled.</source>
        <translation>{client} 的预约已取消。</translation>
    </message>
</context>
<context>
    <name>ArrivalBanner</name>
    <message>
        <location filename="../../desk_app/ui/requests/banner.py" line="53"/>
        <location filename="../../desk_app/ui/requests/banner.py" line="54"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/banner.py" line="70"/>
        <source>New request from {request} (click to open)</source>
        <translation>新请求：{request}（点击打开）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/banner.py" line="72"/>
        <source>{count} new requests; the latest from {request} (click to open)</source>
        <translation>{count} 个新请求；最新一个：{request}（点击打开）</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="48"/>
        <source>At start</source>
        <translation>启动时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="49"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="50"/>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="51"/>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="52"/>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="75"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="77"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="79"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="81"/>
        <source>Schema</source>
        <translation>架构版本</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="83"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="120"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="121"/>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="122"/>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="123"/>
        <source>&amp;Dump now</source>
        <translation>立即转储(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="137"/>
        <source>A copy of the database is taken when the application starts (once a day), before an upgrade and before a restore, or when you ask. The last {count} are kept, and the last {safety} of those taken before an upgrade or a restore.</source>
        <translation>数据库备份会在程序启动时（每天一次）、升级前、恢复前或手动要求时创建。保留最近 {count} 份备份，另保留升级或恢复前所建备份中的最近 {safety} 份。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="142"/>
        <source>Folder: {folder}</source>
        <translation>文件夹：{folder}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="197"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="206"/>
        <source>Restore the database</source>
        <translation>恢复数据库</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="208"/>
        <source>Restore the database as it was on {moment}?</source>
        <translation>将数据库恢复到 {moment} 时的状态？</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="214"/>
        <source>What was entered after that moment disappears from the database, but is not lost: a copy of the current database is taken first and listed here.

The application closes and starts again with the restored database; everyone else working in it should close it first.</source>
        <translation>该时间点之后录入的内容将从数据库中消失，但不会丢失：系统会先为当前数据库创建一份备份，并显示在此列表中。

程序将关闭，并使用恢复后的数据库重新启动；其他正在使用该数据库的人员请先关闭程序。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="222"/>
        <source>Restore and restart</source>
        <translation>恢复并重启</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="240"/>
        <source>The shop&apos;s data is kept by the PostgreSQL server {where}; its own backups are the rule there. A dump is a copy of the whole database in one file that you can keep elsewhere.</source>
        <translation>门店数据保存在 PostgreSQL 服务器 {where} 上，备份以服务器自身的备份为准。转储是将整个数据库保存为一个文件的副本，可另行存放。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="269"/>
        <source>pg_dump, PostgreSQL&apos;s backup program, is not installed on this computer, so no dump can be made from here. Install the PostgreSQL client tools here, or run this command on the database server (it asks for the password):</source>
        <translation>本机未安装 PostgreSQL 的备份程序 pg_dump，因此无法在此创建转储。请在本机安装 PostgreSQL 客户端工具，或在数据库服务器上运行以下命令（会要求输入密码）：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="285"/>
        <source>Dumping…</source>
        <translation>正在转储…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="290"/>
        <source>Last dump: {file}</source>
        <translation>最近一次转储：{file}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="310"/>
        <source>The database was copied to {file}.</source>
        <translation>数据库已备份到 {file}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="313"/>
        <source>The database was dumped to {file}.</source>
        <translation>数据库已转储到 {file}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_page.py" line="319"/>
        <source>The copy was not made.</source>
        <translation>未能创建备份。</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="68"/>
        <source>Book an appointment</source>
        <translation>新建预约</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="90"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="102"/>
        <source>What the client asks for, in his words</source>
        <translation>客户的需求（客户原话）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="108"/>
        <source>e.g. call the day before</source>
        <translation>例如：提前一天致电</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="120"/>
        <source>C&amp;lient:</source>
        <translation>客户(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="121"/>
        <source>&amp;Car:</source>
        <translation>车辆(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="122"/>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="123"/>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="124"/>
        <source>&amp;Reason:</source>
        <translation>事由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="125"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="134"/>
        <source>&amp;Book</source>
        <translation>预约(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="165"/>
        <source>Car not known yet</source>
        <translation>车辆暂未确定</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="192"/>
        <source>until {time}</source>
        <translation>至 {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/booking_dialog.py" line="199"/>
        <source>Find the client first: type a phone, a plate or a name.</source>
        <translation>请先查找客户：输入电话、车牌号或姓名。</translation>
    </message>
</context>
<context>
    <name>CallBacksTab</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="115"/>
        <source>Average score {average} of 5 from {count} call-backs</source>
        <translation>{count} 次回访平均评分 {average}/5</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="121"/>
        <source>Call-back results are not available in this version.</source>
        <translation>此版本暂不支持回访结果。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="123"/>
        <source>Nobody has called this client back after a visit yet.</source>
        <translation>尚无人在到店后回访此客户。</translation>
    </message>
</context>
<context>
    <name>CardHeader</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="56"/>
        <source>Spent here</source>
        <translation>在本店消费</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="101"/>
        <source>{count} visits in all</source>
        <translation>共到店 {count} 次</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="103"/>
        <source>Personal data erased</source>
        <translation>个人数据已删除</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="106"/>
        <source>Erased on {date} at the client&apos;s request; the orders are kept.</source>
        <translation>应客户要求于 {date} 删除；工单予以保留。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="114"/>
        <source>Regular client</source>
        <translation>老客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="114"/>
        <source>Not regular</source>
        <translation>非老客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="120"/>
        <source>No phone on file</source>
        <translation>未登记电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="126"/>
        <source>No regular client&apos;s discount yet.</source>
        <translation>暂无老客户折扣。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="128"/>
        <source>Discount by the car&apos;s make and the order value; no car on file.</source>
        <translation>折扣按车辆品牌和工单金额确定；尚未登记车辆。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="132"/>
        <source>{car}: {range} by order value ({group})</source>
        <translation>{car}：按工单金额 {range}（{group}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="136"/>
        <source>, bought here</source>
        <translation>，本店购车</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_header.py" line="138"/>
        <source>Discount: {cars}</source>
        <translation>折扣：{cars}</translation>
    </message>
</context>
<context>
    <name>ChangeFeed</name>
    <message>
        <location filename="../../desk_app/ui/change_signal.py" line="254"/>
        <source>Changes at other desks are not heard right now; trying again.</source>
        <translation>暂时无法接收其他工作台的更改，正在重试。</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="34"/>
        <source>Spare wheel</source>
        <translation>备胎</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="35"/>
        <source>Jack</source>
        <translation>千斤顶</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="36"/>
        <source>Tools</source>
        <translation>随车工具</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="37"/>
        <source>First-aid kit</source>
        <translation>急救包</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="38"/>
        <source>Warning triangle</source>
        <translation>三角警示牌</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="39"/>
        <source>Fire extinguisher</source>
        <translation>灭火器</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="40"/>
        <source>Documents</source>
        <translation>车辆证件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="41"/>
        <source>Valuables</source>
        <translation>贵重物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="42"/>
        <source>Lights</source>
        <translation>灯光</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="43"/>
        <source>Tyres</source>
        <translation>轮胎</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="44"/>
        <source>Brakes</source>
        <translation>制动</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="45"/>
        <source>Fluids</source>
        <translation>油液</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="46"/>
        <source>Battery</source>
        <translation>蓄电池</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="47"/>
        <source>Wipers</source>
        <translation>雨刮</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="48"/>
        <source>Windscreen</source>
        <translation>前挡风玻璃</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="49"/>
        <source>Dashboard warning lights</source>
        <translation>仪表盘警告灯</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="54"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="55"/>
        <source>Attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="56"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
</context>
<context>
    <name>ChecklistsSection</name>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="142"/>
        <source>Left in the car and inspection</source>
        <translation>车内物品与检查</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="153"/>
        <source>Mark the rest OK</source>
        <translation>其余标记为正常</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="157"/>
        <source>Inspection (1 OK, 2 attention, 3 urgent)</source>
        <translation>检查（1 正常，2 需关注，3 紧急）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/checklists_section.py" line="205"/>
        <source>What was seen</source>
        <translation>检查发现</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="33"/>
        <source>Filed</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="37"/>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="56"/>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="34"/>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="38"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="39"/>
        <source>To</source>
        <translation>受理部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="40"/>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="58"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="41"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="47"/>
        <source>{score} of 5</source>
        <translation>{score} / 5</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="52"/>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="30"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="57"/>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="59"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="64"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="57"/>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="36"/>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="59"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="63"/>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="64"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="65"/>
        <source>Bought here</source>
        <translation>本店购车</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="67"/>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="73"/>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="78"/>
        <source>Last odometer</source>
        <translation>最近里程</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="84"/>
        <source>Next service</source>
        <translation>下次保养</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="227"/>
        <source>Applies now: the client is regular.</source>
        <translation>现已适用：该客户是老客户。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="229"/>
        <source>Applies once the client is regular.</source>
        <translation>成为老客户后适用。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="40"/>
        <source>Odometer, km</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="46"/>
        <source>Works</source>
        <translation>维修项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="49"/>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="52"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="26"/>
        <source>Client is a</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="27"/>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="28"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="29"/>
        <source>Middle name</source>
        <translation>父称</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="30"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="31"/>
        <source>Company name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="32"/>
        <source>Tax number</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="33"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="34"/>
        <source>Company details</source>
        <translation>开票信息</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="35"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="36"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="37"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="38"/>
        <source>Preferred channel</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="39"/>
        <source>Reminders and greetings</source>
        <translation>提醒与祝福</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="40"/>
        <source>Who sent the client</source>
        <translation>介绍来源</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="41"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="78"/>
        <source>Agrees to be reminded</source>
        <translation>同意接收提醒</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_values.py" line="80"/>
        <source>Not to be reminded</source>
        <translation>不接收提醒</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="45"/>
        <source>{km} km</source>
        <translation>{km} 公里</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="51"/>
        <source>Regular since {date}: {visits} visits in 12 months</source>
        <translation>自 {date} 起为老客户：12 个月内到店 {visits} 次</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="54"/>
        <source>Not regular: {visits} visits in 12 months ({needed} make a regular)</source>
        <translation>非老客户：12 个月内到店 {visits} 次（满 {needed} 次即为老客户）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="62"/>
        <source>no discount rows set</source>
        <translation>未设置折扣档位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="64"/>
        <source>{percent} from {value}</source>
        <translation>满 {value} 享 {percent}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="74"/>
        <source>no discount</source>
        <translation>无折扣</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="79"/>
        <source>{low}–{high} %</source>
        <translation>{low}–{high}%</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="87"/>
        <source>+ the extra for a car bought here</source>
        <translation>+ 本店购车额外折扣</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="88"/>
        <source>+{percent} bought here</source>
        <translation>+{percent}（本店购车）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="95"/>
        <source>{make}: {group} — {tiers}</source>
        <translation>{make}：{group} — {tiers}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="96"/>
        <source>Unknown make</source>
        <translation>未知品牌</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="108"/>
        <source>Next service: not known until a visit is handed over.</source>
        <translation>下次保养：交车后才能确定。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="115"/>
        <source>Next service about {date}, when it reaches {km}</source>
        <translation>下次保养约在 {date}，届时里程将达到 {km}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="119"/>
        <source>Next service by {date}, or at {km} if that comes first</source>
        <translation>下次保养：{date} 前或里程达到 {km} 时（以先到者为准）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="123"/>
        <source>Next service by {date}</source>
        <translation>下次保养：{date} 前</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="125"/>
        <source>Overdue — {text}</source>
        <translation>已逾期 — {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="132"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_texts.py" line="132"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="80"/>
        <source>Client card</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="95"/>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="100"/>
        <source>Changed at another desk</source>
        <translation>已在其他工作台修改</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="135"/>
        <source>&amp;Merge with another card…</source>
        <translation>与其他档案合并(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="138"/>
        <source>Erase personal &amp;data…</source>
        <translation>删除个人数据(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="183"/>
        <source>Client — {name}</source>
        <translation>客户 — {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="208"/>
        <source>&amp;Contacts</source>
        <translation>联系方式(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="209"/>
        <source>Ve&amp;hicles ({count})</source>
        <translation>车辆（{count}）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="210"/>
        <source>&amp;Visits ({count})</source>
        <translation>到店记录（{count}）(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="211"/>
        <source>Re&amp;quests ({count})</source>
        <translation>请求（{count}）(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="212"/>
        <source>Call-&amp;backs ({count})</source>
        <translation>回访（{count}）(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="213"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="327"/>
        <source>The two cards are one now; every visit is on this card.</source>
        <translation>两份档案已合并，所有到店记录都在此档案中。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_dialog.py" line="345"/>
        <source>The client&apos;s personal data is erased; his orders are kept.</source>
        <translation>客户的个人数据已删除，其工单仍保留。</translation>
    </message>
</context>
<context>
    <name>ClientFields</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_contact_form.py" line="84"/>
        <source>Agrees to reminders and greetings</source>
        <translation>同意接收提醒和问候</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contact_form.py" line="89"/>
        <source>Add another phone</source>
        <translation>添加其他电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contact_form.py" line="262"/>
        <source>This is not a date: {text}. Type it as {example}.</source>
        <translation>这不是有效日期：{text}。请按 {example} 的格式输入。</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="69"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="71"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="76"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="78"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="80"/>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="83"/>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="89"/>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list_model.py" line="94"/>
        <location filename="../../desk_app/ui/clients/client_list.py" line="122"/>
        <source>Regular</source>
        <translation>老客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="105"/>
        <source>Search by name, phone, plate, VIN or e-mail — e.g. Иванов, 916 123, А123ВС</source>
        <translation>按姓名、电话、车牌、VIN 或电子邮箱搜索，例如：Иванов、916 123、А123ВС</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="121"/>
        <source>Regular or not</source>
        <translation>是否老客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="123"/>
        <source>Not regular</source>
        <translation>非老客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="129"/>
        <source>People and companies</source>
        <translation>个人和企业</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="130"/>
        <source>People</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="131"/>
        <source>Companies</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="134"/>
        <source>Reminders due</source>
        <translation>待提醒</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="137"/>
        <source>Only the clients on today&apos;s “To contact” list</source>
        <translation>仅显示今日“待联系”列表中的客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="141"/>
        <location filename="../../desk_app/ui/clients/client_list.py" line="314"/>
        <source>Reminders are not available yet.</source>
        <translation>提醒功能暂不可用。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/clients/client_list.py" line="283"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="283"/>
        <source>No clients yet</source>
        <translation>暂无客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="285"/>
        <source>More than {cap} match — type more to narrow the list</source>
        <translation>匹配结果超过 {cap} 个 — 请输入更多内容以缩小范围</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="290"/>
        <source>No client matches “{text}”</source>
        <translation>没有与“{text}”匹配的客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="292"/>
        <source>No client matches these filters</source>
        <translation>没有符合筛选条件的客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/client_list.py" line="301"/>
        <source>{matched} of {total} match</source>
        <translation>{total} 个中有 {matched} 个匹配</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="44"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="45"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="46"/>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="47"/>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="69"/>
        <source>Phone, plate, VIN or name</source>
        <translation>电话、车牌、VIN 或姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="92"/>
        <source>Nobody found. Check the number or type more.</source>
        <translation>未找到。请检查号码或输入更多内容。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/appointments/client_picker.py" line="99"/>
        <source>C&amp;hange client</source>
        <translation>更换客户(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ClientSearchBox</name>
    <message>
        <location filename="../../desk_app/ui/intake/search_box.py" line="64"/>
        <source>Phone, plate, VIN or name — e.g. 916 123, А123ВС</source>
        <translation>电话、车牌号、VIN 或姓名 — 例如 916 123、А123ВС</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/search_box.py" line="163"/>
        <source>No client or car matches “{text}”</source>
        <translation>没有与“{text}”匹配的客户或车辆</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/search_box.py" line="166"/>
        <source>The first {count} matches: type more to narrow them down</source>
        <translation>前 {count} 条匹配结果：继续输入以缩小范围</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/search_box.py" line="175"/>
        <source>New client “{text}”…</source>
        <translation>新建客户“{text}”…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/search_box.py" line="175"/>
        <source>New client…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/search_box.py" line="179"/>
        <source>New vehicle for {name}: “{text}”…</source>
        <translation>为 {name} 新建车辆：“{text}”…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/search_box.py" line="180"/>
        <source>New vehicle for {name}…</source>
        <translation>为 {name} 新建车辆…</translation>
    </message>
</context>
<context>
    <name>ClientSection</name>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="41"/>
        <source>Friends or family</source>
        <translation>亲友介绍</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="42"/>
        <source>Car park agent</source>
        <translation>停车场介绍人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="43"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="44"/>
        <source>Maps and reviews</source>
        <translation>地图及点评</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="45"/>
        <source>Passing by</source>
        <translation>路过</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="46"/>
        <source>Advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="63"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="68"/>
        <source>&amp;New client…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="80"/>
        <source>C&amp;hange…</source>
        <translation>更改(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="121"/>
        <source>Agrees to reminders and greetings</source>
        <translation>同意接收提醒和问候</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="123"/>
        <source>Search &amp;instead</source>
        <translation>改为搜索(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="130"/>
        <source>&amp;Last name</source>
        <translation>姓(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="131"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="132"/>
        <source>Middle name</source>
        <translation>父称</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="133"/>
        <source>Company name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="135"/>
        <source>Client is a</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="141"/>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="141"/>
        <source>Another phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="147"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="148"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="150"/>
        <source>Who sent the client</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/client_section.py" line="181"/>
        <source>No phone on file</source>
        <translation>未登记电话</translation>
    </message>
</context>
<context>
    <name>ClientsArea</name>
    <message>
        <location filename="../../desk_app/ui/clients/area.py" line="38"/>
        <source>Card file</source>
        <translation>客户档案库</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/area.py" line="39"/>
        <source>To contact today</source>
        <translation>今日待联系</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/area.py" line="48"/>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>ClosedDaysBox</name>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="68"/>
        <source>Closed days</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="87"/>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="90"/>
        <source>e.g. a bridge day, stocktaking</source>
        <translation>例如：调休、盘点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="91"/>
        <source>Add closed day</source>
        <translation>添加休息日</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="93"/>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="102"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="108"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="153"/>
        <source>{day} is a closed day now.</source>
        <translation>{day} 已设为休息日。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="171"/>
        <source>{day} is no longer a closed day.</source>
        <translation>{day} 已不再是休息日。</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../desk_app/ui/orders/comment_dialog.py" line="62"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="136"/>
        <source>Order {number}: what changed</source>
        <translation>工单 {number}：更改内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="157"/>
        <source>The works, parts, money and status are as you saw them: another desk saved something this window does not show (a note, a print, a request).</source>
        <translation>维修项目、配件、金额和状态均与您看到的一致：其他工作台保存的是本窗口未显示的内容（备注、打印记录或请求）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="165"/>
        <source>&amp;Reload the order</source>
        <translation>重新载入工单(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ConditionSection</name>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="36"/>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="38"/>
        <source>Full</source>
        <translation>满</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="47"/>
        <source>Arrival</source>
        <translation>到店车况</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="53"/>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="56"/>
        <source>The reading is &amp;right (confirm the lower value)</source>
        <translation>读数无误(&amp;R)（确认较低的读数）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="61"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="68"/>
        <source>In the client&apos;s own words</source>
        <translation>按客户原话填写</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="77"/>
        <source>&amp;Odometer, km</source>
        <translation>行驶里程，公里(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="79"/>
        <source>&amp;Fuel</source>
        <translation>燃油量(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="81"/>
        <source>&amp;Complaints and requests</source>
        <translation>故障描述及需求(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/condition_section.py" line="99"/>
        <source>last {km}</source>
        <translation>上次 {km}</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_conflict.py" line="75"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_conflict.py" line="75"/>
        <source>Saved at the other desk</source>
        <translation>其他工作台保存的内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_conflict.py" line="75"/>
        <source>Your input</source>
        <translation>您的输入</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_conflict.py" line="85"/>
        <source>Bold: changed at the other desk since you opened the card.</source>
        <translation>粗体：您打开档案后已在其他工作台修改。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_conflict.py" line="87"/>
        <source>&amp;Reload (drop my input)</source>
        <translation>重新载入（放弃我的输入）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_conflict.py" line="89"/>
        <source>&amp;Keep my input</source>
        <translation>保留我的输入(&amp;K)</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="66"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="67"/>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="114"/>
        <source>Channel</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="68"/>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="113"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="69"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="70"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="71"/>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="110"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="72"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="107"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="109"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="111"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="116"/>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
</context>
<context>
    <name>ContactListPanel</name>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="143"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="147"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="151"/>
        <source>Print letters…</source>
        <translation>打印信函…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="156"/>
        <source>Service reminders shown, for clients who consented and left an address</source>
        <translation>为已同意接收并留有地址的客户打印当前显示的保养提醒</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="159"/>
        <source>Mark shown as done…</source>
        <translation>将显示的标记为已完成…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="162"/>
        <source>After a mailing: the reminders and greetings shown, all at once</source>
        <translation>群发后使用：一次性标记当前显示的全部提醒和问候</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="167"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="188"/>
        <source>Reached…</source>
        <translation>已联系上…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="190"/>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="192"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="193"/>
        <source>Postpone…</source>
        <translation>推迟…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="194"/>
        <source>Open card</source>
        <translation>打开档案</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/clients/contact_list.py" line="251"/>
        <source>%n to contact today</source>
        <translation>
            <numerusform>今天需联系 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="253"/>
        <source>Nobody to contact</source>
        <translation>暂无需要联系的客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="385"/>
        <source>No answer three times: {name} is off the list.</source>
        <translation>三次未接通：{name} 已移出列表。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="387"/>
        <source>{name}: done.</source>
        <translation>{name}：已完成。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="389"/>
        <source>No answer: {name} is on the list again tomorrow.</source>
        <translation>未接通：{name} 明天将重新列入名单。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="392"/>
        <source>{name}: put off until {day}.</source>
        <translation>{name}：已推迟至 {day}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/clients/contact_list.py" line="398"/>
        <source>%n marked done.</source>
        <translation>
            <numerusform>已将 %n 项标记为已完成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/clients/contact_list.py" line="399"/>
        <source>%n marked done, {taken} already taken by another desk.</source>
        <translation>
            <numerusform>已将 %n 项标记为已完成，另有 {taken} 项已由其他工作台处理。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="418"/>
        <source>Export the list for a mailing service</source>
        <translation>导出列表供群发服务使用</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="420"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/clients/contact_list.py" line="430"/>
        <source>%n contact(s) exported to {path}.</source>
        <translation>
            <numerusform>已将 %n 个联系人导出至 {path}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="103"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="123"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="126"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="259"/>
        <source>The form now shows what is saved. Change it and save.</source>
        <translation>表单现在显示的是已保存的内容。请修改后保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="268"/>
        <source>Your input is kept. Save to replace what the other desk saved.</source>
        <translation>您的输入已保留。保存即可覆盖其他工作台保存的内容。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="279"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="280"/>
        <source>Close the card and drop your changes to the client&apos;s details?</source>
        <translation>关闭档案并放弃对客户信息的更改？</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_contacts.py" line="67"/>
        <source>Client since</source>
        <translation>成为客户时间</translation>
    </message>
</context>
<context>
    <name>DamageDiagram</name>
    <message>
        <location filename="../../desk_app/ui/damage/widget.py" line="95"/>
        <source>Click the car to place a mark of the chosen kind. Drag a mark to move it, double-click it to add a note, press Delete to remove it.</source>
        <translation>点击车辆图放置所选类型的标记。拖动标记可移动位置，双击可添加备注，按 Delete 键可删除。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/widget.py" line="133"/>
        <source>{kind} ({letter}): click the car to place it. Key {number}</source>
        <translation>{kind}（{letter}）：点击车辆图放置。快捷键 {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/damage/widget.py" line="234"/>
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n 处标记</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/widget.py" line="234"/>
        <source>No damage marked</source>
        <translation>未标记损伤</translation>
    </message>
</context>
<context>
    <name>DatabaseChoiceBox</name>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="226"/>
        <source>&amp;This computer only</source>
        <translation>仅本机(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="227"/>
        <source>&amp;Shared database (PostgreSQL)</source>
        <translation>共享数据库（PostgreSQL）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="234"/>
        <source>The shop&apos;s data is kept in a file on this computer ({path}). Right for a shop with one desk.</source>
        <translation>门店数据保存在本机的文件中（{path}）。适合只有一个工作台的门店。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="240"/>
        <source>Several desks work on one database on the shop&apos;s server, and see each other&apos;s work. Ask whoever set up the server for these details.</source>
        <translation>多个工作台共用门店服务器上的同一个数据库，可互相看到对方的操作。以下信息请向服务器的配置人员索取。</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="285"/>
        <source>Choose the database — Service desk</source>
        <translation>选择数据库 — 服务前台</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="287"/>
        <source>Where does this desk keep the shop&apos;s data?</source>
        <translation>本工作台的门店数据保存在哪里？</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="289"/>
        <source>The shared database cannot be opened</source>
        <translation>无法打开共享数据库</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="304"/>
        <source>Use this database</source>
        <translation>使用此数据库</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="306"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="348"/>
        <source>The password of user “{user}” for the shared database {where}:</source>
        <translation>共享数据库 {where} 的用户“{user}”的密码：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="352"/>
        <source>It is kept in this computer&apos;s keyring once the database opens.</source>
        <translation>数据库打开后，密码将保存在本机的密钥环中。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="356"/>
        <source>This computer has no keyring, so the password is asked at each start.</source>
        <translation>本机没有密钥环，因此每次启动时都需要输入密码。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="363"/>
        <source>Password — Service desk</source>
        <translation>密码 — 服务前台</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="57"/>
        <source>Use for this workstation</source>
        <translation>用于本工作台</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="61"/>
        <source>Move this shop to the shared database…</source>
        <translation>将门店迁移到共享数据库…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="81"/>
        <source>Which database this workstation opens. A change applies the next time the application starts on this computer; the other desks keep their own choice.</source>
        <translation>本工作台打开哪个数据库。更改将在本机下次启动程序时生效；其他工作台保留各自的选择。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="88"/>
        <source>In use now:</source>
        <translation>当前使用：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="89"/>
        <source>At the next start:</source>
        <translation>下次启动时：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="90"/>
        <source>Database of this workstation</source>
        <translation>本工作台的数据库</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="99"/>
        <source>Moving the shop to a shared database</source>
        <translation>将门店迁移到共享数据库</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="103"/>
        <source>A shop that began on this computer copies all its data to an empty PostgreSQL database once, then every desk chooses that database.</source>
        <translation>在本机开始使用的门店，可将全部数据一次性复制到一个空的 PostgreSQL 数据库，之后各工作台均选择该数据库。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="127"/>
        <source>This computer only — {where}</source>
        <translation>仅本机 — {where}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="129"/>
        <location filename="../../desk_app/ui/admin/database_page.py" line="143"/>
        <source>Shared database — {where}</source>
        <translation>共享数据库 — {where}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="147"/>
        <source>This computer only</source>
        <translation>仅本机</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="184"/>
        <source>This computer has no keyring: the password is asked at each start.</source>
        <translation>本机没有密钥环：每次启动时都需要输入密码。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="190"/>
        <source>Saved: the application opens this database from its next start.</source>
        <translation>已保存：程序下次启动时将打开此数据库。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="202"/>
        <source>This desk already works on a shared database.</source>
        <translation>本工作台已在使用共享数据库。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="204"/>
        <source>Copies every record of this computer&apos;s database there.</source>
        <translation>将本机数据库中的所有记录复制过去。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="206"/>
        <source>First Connect to an empty PostgreSQL database above.</source>
        <translation>请先在上方点击“连接”，连接到一个空的 PostgreSQL 数据库。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/database_page.py" line="230"/>
        <source>The shop is in the shared database now. This workstation opens it from its next start; choose it on the other desks too.</source>
        <translation>门店数据现已在共享数据库中。本工作台下次启动时将打开它；请在其他工作台上也选择该数据库。</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <location filename="../../desk_app/ui/demo_loader.py" line="36"/>
        <source>Demo shop</source>
        <translation>演示门店</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/demo_loader.py" line="37"/>
        <source>Preparing the demo shop…</source>
        <translation>正在准备演示门店…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/demo_loader.py" line="38"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/demo_loader.py" line="75"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>DepartmentCard</name>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="169"/>
        <source>{score} of 5</source>
        <translation>{score} / 5</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="175"/>
        <source>Requests received</source>
        <translation>收到的请求</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="176"/>
        <source>Median response</source>
        <translation>响应时间中位数</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="179"/>
        <source>Answered within the standard</source>
        <translation>在标准时限内答复</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="182"/>
        <source>Rated “good”</source>
        <translation>评为“满意”</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="183"/>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
</context>
<context>
    <name>DiagramScene</name>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="61"/>
        <source>Right side</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="62"/>
        <source>Top</source>
        <translation>顶部</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="63"/>
        <source>Left side</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="64"/>
        <source>Front</source>
        <translation>前部</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="65"/>
        <source>Rear</source>
        <translation>后部</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="266"/>
        <source>Edit note…</source>
        <translation>编辑备注…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="266"/>
        <source>Add note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="269"/>
        <source>Kind of damage</source>
        <translation>损伤类型</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/diagram.py" line="276"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="54"/>
        <source>Discount — {number}</source>
        <translation>折扣 — {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="60"/>
        <source>e.g. regular client, loyalty card</source>
        <translation>例如：老客户、会员卡</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="61"/>
        <source>Discount, &amp;%:</source>
        <translation>折扣 %(&amp;%)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="62"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="64"/>
        <source>Applies to the agreed works and parts; now {subtotal}.</source>
        <translation>适用于已同意的维修项目和配件；当前为 {subtotal}。</translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_duplicates.py" line="61"/>
        <source>Possibly the same client: {name} also has {shared}.</source>
        <translation>可能是同一客户：{name} 也有 {shared}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_duplicates.py" line="68"/>
        <source>Open that card</source>
        <translation>打开该档案</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_duplicates.py" line="77"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desk_app/ui/errors.py" line="78"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/errors.py" line="79"/>
        <source>Something went wrong inside the application. Your open forms are kept; save your work and restart if anything looks wrong.

Details were written to {path}.</source>
        <translation>应用程序内部出错。已打开的表单均已保留；请保存工作，如有异常请重新启动。

详细信息已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="13"/>
        <source>A VIN has 17 characters; this one has {length}.</source>
        <translation>VIN 应为 17 位字符；此 VIN 为 {length} 位。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="14"/>
        <source>A VIN has only Latin letters and digits; “{char}” (character {position}) is neither.</source>
        <translation>VIN 只能包含拉丁字母和数字；“{char}”（第 {position} 位）不符合要求。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="15"/>
        <source>A VIN never contains the letter {char} (character {position}): did you mean {digit}?</source>
        <translation>VIN 中不会出现字母 {char}（第 {position} 位）：您是否想输入 {digit}？</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="16"/>
        <source>A birthday cannot be in the future.</source>
        <translation>生日不能是将来的日期。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="17"/>
        <source>A goal is agreed between two different departments.</source>
        <translation>目标须由两个不同的部门约定。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="18"/>
        <source>A goal is agreed in advance: choose today or a later date.</source>
        <translation>目标须提前约定：请选择今天或之后的日期。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="19"/>
        <source>A phone number cannot contain letters: {text}.</source>
        <translation>电话号码不能包含字母：{text}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="20"/>
        <source>A plate has at most {limit} characters; this text has {length}.</source>
        <translation>车牌号最多 {limit} 位字符；此文本为 {length} 位。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="21"/>
        <source>A plate has only letters and digits; “{char}” cannot be on one.</source>
        <translation>车牌号只能包含字母和数字；“{char}”不能出现在车牌上。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="22"/>
        <source>A score is from {low} to {high}.</source>
        <translation>评分范围为 {low} 到 {high}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="23"/>
        <source>A slot lasts from 1 minute to {limit} hours.</source>
        <translation>时段长度为 1 分钟到 {limit} 小时。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="24"/>
        <source>A tax number has only letters and digits.</source>
        <translation>税号只能包含字母和数字。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="25"/>
        <source>A warranty is from 0 to {limit} months.</source>
        <translation>质保期为 0 到 {limit} 个月。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="26"/>
        <source>A window must close after it opens, within one day.</source>
        <translation>服务时段的结束时间须晚于开始时间，且在同一天内。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="27"/>
        <source>A window&apos;s day must be Monday to Sunday.</source>
        <translation>服务时段的日期须为周一至周日。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="28"/>
        <source>A work already done stays on the order; change its price.</source>
        <translation>已完成的维修项目须保留在工单上；请修改其价格。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="29"/>
        <source>Add the extra works to order {number} first: there is nothing to ask about.</source>
        <translation>请先向工单 {number} 添加追加项目：目前没有需要征询客户的内容。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="30"/>
        <source>An INN has 10 digits (an organisation) or 12 (an entrepreneur).</source>
        <translation>INN 为 10 位数字（企业）或 12 位数字（个体工商户）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="31"/>
        <source>An OGRN has 13 digits; an entrepreneur&apos;s OGRNIP has 15.</source>
        <translation>OGRN 为 13 位数字；个体工商户的 OGRNIP 为 15 位数字。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="32"/>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="33"/>
        <source>An erased card cannot be merged.</source>
        <translation>已删除个人数据的档案不能合并。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="34"/>
        <source>An order in “{source}” cannot go to “{target}”.</source>
        <translation>处于“{source}”状态的工单不能转为“{target}”。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="35"/>
        <source>An order waits for the client&apos;s approval only with proposed extra works: propose them, and the order moves by itself.</source>
        <translation>只有存在建议追加项目时，工单才会等待客户确认：请提出追加项目，工单状态将自动变更。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="36"/>
        <source>An organisation has a 10-digit INN and a 13-digit OGRN; an entrepreneur a 12-digit INN and a 15-digit OGRNIP.</source>
        <translation>企业的 INN 为 10 位、OGRN 为 13 位；个体工商户的 INN 为 12 位、OGRNIP 为 15 位。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="37"/>
        <source>At most {limit} characters fit here.</source>
        <translation>此处最多可输入 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="38"/>
        <source>At most {limit} damage marks fit on one diagram.</source>
        <translation>一张示意图上最多可标记 {limit} 处损伤。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="39"/>
        <source>At most {limit} parts fit on one order.</source>
        <translation>一张工单最多可包含 {limit} 个配件。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="40"/>
        <source>At most {limit} rows fit in the table.</source>
        <translation>表格最多可容纳 {limit} 行。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="41"/>
        <source>At most {limit} works fit on one order.</source>
        <translation>一张工单最多可包含 {limit} 个维修项目。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="42"/>
        <source>Bring the item back before moving it.</source>
        <translation>请先归还该物品，再进行移动。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="43"/>
        <source>Check the year of birth.</source>
        <translation>请检查出生年份。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="44"/>
        <source>Choose a day after today.</source>
        <translation>请选择今天之后的日期。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="45"/>
        <source>Choose a mechanic who works here.</source>
        <translation>请选择在本店工作的技师。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="46"/>
        <source>Choose a person or a company.</source>
        <translation>请选择个人或企业。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="47"/>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="48"/>
        <source>Choose how satisfied the client is, from 1 to 5.</source>
        <translation>请选择客户满意度，1 到 5 分。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="49"/>
        <source>Choose how the client likes to be contacted.</source>
        <translation>请选择客户偏好的联系方式。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="50"/>
        <source>Choose ok, attention or urgent.</source>
        <translation>请选择正常、需关注或紧急。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="51"/>
        <source>Choose the work order whose car waits for the parts.</source>
        <translation>请选择车辆正在等待配件的维修工单。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="52"/>
        <source>Choose two different cards to merge.</source>
        <translation>请选择两份不同的档案进行合并。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="53"/>
        <source>Connected to {where}: the database is empty; the application creates its tables at start.</source>
        <translation>已连接到 {where}：数据库为空；程序将在启动时创建数据表。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="54"/>
        <source>Connected to {where}: the database is ready.</source>
        <translation>已连接到 {where}：数据库已就绪。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="55"/>
        <source>Connected to {where}: the database was made by an older version (schema {found}); it is upgraded at start, after a backup.</source>
        <translation>已连接到 {where}：该数据库由旧版本创建（架构版本 {found}）；程序将在启动时先备份再升级。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="56"/>
        <source>Copying {table} failed: {detail}. The shared database was left as it was.</source>
        <translation>复制 {table} 失败：{detail}。共享数据库未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="57"/>
        <source>Demo data goes only into an empty database; this one already has data.</source>
        <translation>演示数据只能导入空数据库；此数据库中已有数据。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="58"/>
        <source>Enter a number from {low} to {high}.</source>
        <translation>请输入 {low} 到 {high} 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="59"/>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="60"/>
        <source>Enter a phone number to reach the client.</source>
        <translation>请输入可联系到客户的电话号码。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="61"/>
        <source>Enter the car&apos;s make.</source>
        <translation>请输入车辆品牌。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="62"/>
        <source>Enter the client&apos;s name.</source>
        <translation>请输入客户姓名。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="63"/>
        <source>Enter the company&apos;s name.</source>
        <translation>请输入企业名称。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="64"/>
        <source>Enter the item&apos;s name.</source>
        <translation>请输入物品名称。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="65"/>
        <source>Enter the odometer reading as a whole number of kilometres, not “{text}”.</source>
        <translation>请以整数公里数输入里程表读数，而不是“{text}”。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="66"/>
        <source>Enter the odometer reading in kilometres.</source>
        <translation>请输入里程表读数（公里）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="67"/>
        <source>Enter the operation&apos;s code.</source>
        <translation>请输入工时项目代码。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="68"/>
        <source>Enter the operation&apos;s name.</source>
        <translation>请输入工时项目名称。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="69"/>
        <source>Enter the person&apos;s full name.</source>
        <translation>请输入此人的全名。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="70"/>
        <source>Enter the shop&apos;s name.</source>
        <translation>请输入门店名称。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="71"/>
        <source>Give each item a name or a part number.</source>
        <translation>请为每个物品填写名称或配件编号。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="72"/>
        <source>Give this criterion a score.</source>
        <translation>请为此评价项打分。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="73"/>
        <source>Keep the reason under {limit} characters.</source>
        <translation>原因不能超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="74"/>
        <source>Loading the demo shop was cancelled; nothing was added.</source>
        <translation>已取消载入演示门店；未添加任何数据。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="75"/>
        <source>Mark {number} has an unknown kind of damage.</source>
        <translation>标记 {number} 的损伤类型未知。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="76"/>
        <source>Mark {number} lies outside the diagram.</source>
        <translation>标记 {number} 位于示意图之外。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="77"/>
        <source>Moving the shop was cancelled; the shared database was left as it was.</source>
        <translation>已取消迁移门店；共享数据库未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="78"/>
        <source>Name the part.</source>
        <translation>请填写配件名称。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="79"/>
        <source>Name the point.</source>
        <translation>请填写检查项名称。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="80"/>
        <source>Name the round, e.g. “Autumn 2026”.</source>
        <translation>请填写轮次名称，例如“2026 年秋季”。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="81"/>
        <source>Name the work.</source>
        <translation>请填写维修项目名称。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="82"/>
        <source>Nothing to issue on request {number}: no item is answered in stock, or all of them are issued already.</source>
        <translation>请求 {number} 没有可发放的物品：没有答复为有库存的物品，或已全部发放。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="83"/>
        <source>Nothing to reserve on request {number}: no item answered in stock waits for it.</source>
        <translation>请求 {number} 没有可预留的物品：没有答复为有库存且待预留的物品。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="84"/>
        <source>Only SQLite files and PostgreSQL servers are supported, not “{backend}”.</source>
        <translation>仅支持 SQLite 文件和 PostgreSQL 服务器，不支持“{backend}”。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="85"/>
        <source>Only a SQLite database is copied file by file.</source>
        <translation>只有 SQLite 数据库可以按文件复制。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="86"/>
        <source>Only a booked appointment can be changed.</source>
        <translation>只有处于已预约状态的预约才能修改。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="87"/>
        <source>Only a mechanic working on order {number} can send it to the quality check.</source>
        <translation>只有正在处理工单 {number} 的技师才能将其提交质检。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="88"/>
        <source>Only a parts request puts the car on hold for parts.</source>
        <translation>只有配件请求才会使车辆进入待料状态。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="89"/>
        <source>Only parts are reserved and issued.</source>
        <translation>只有配件可以预留和发放。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="90"/>
        <source>Only the master decides that a car waits for parts.</source>
        <translation>只有车间主管可以决定车辆待料。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="91"/>
        <source>Only the quality check moves a car out of the check: pass it or fail it with the reason.</source>
        <translation>只有质检才能使车辆结束质检状态：请判定通过，或判定不通过并填写原因。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="92"/>
        <source>Only whoever filed request {number} and the department it is addressed to may see it.</source>
        <translation>只有请求 {number} 的提交人和受理部门可以查看。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="93"/>
        <source>Only whoever filed request {number} may cancel it.</source>
        <translation>只有请求 {number} 的提交人可以取消。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="94"/>
        <source>Only whoever filed request {number} rates its answer.</source>
        <translation>只有请求 {number} 的提交人可以评价其答复。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="95"/>
        <source>Order {number} has no proposed works waiting for an answer.</source>
        <translation>工单 {number} 没有等待答复的建议项目。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="96"/>
        <source>Order {number} has no works left to hand over: add works to it first, or pick a bar with works still to do.</source>
        <translation>工单 {number} 没有可交接的维修项目：请先添加维修项目，或选择仍有待完成项目的时间条。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="97"/>
        <source>Order {number} is closed ({status}); a closed order does not move.</source>
        <translation>工单 {number} 已关闭（{status}）；已关闭的工单不能变更状态。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="98"/>
        <source>Order {number} is closed; a closed order cannot be reassigned.</source>
        <translation>工单 {number} 已关闭；已关闭的工单不能重新分配。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="99"/>
        <source>Order {number} is closed; its works and prices no longer change.</source>
        <translation>工单 {number} 已关闭；其维修项目和价格不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="100"/>
        <source>Order {number} is closed; requests are filed for open orders.</source>
        <translation>工单 {number} 已关闭；只能为未关闭的工单提交请求。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="101"/>
        <source>Order {number} is not handed over yet: there is nothing to call back about.</source>
        <translation>工单 {number} 尚未交车：无需回访。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="102"/>
        <source>Order {number} is not waiting for the quality check.</source>
        <translation>工单 {number} 不在待质检状态。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="103"/>
        <source>Order {order} is closed; no parts are issued to it.</source>
        <translation>工单 {order} 已关闭；不能再向其发放配件。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="104"/>
        <source>Parts are issued to a work order: choose the order.</source>
        <translation>配件须发放到维修工单：请选择工单。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="105"/>
        <source>Parts of request {number} are already issued to the order; close it instead.</source>
        <translation>请求 {number} 的配件已发放到工单；请直接关闭该请求。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="106"/>
        <source>Pick the car, or enter a new one.</source>
        <translation>请选择车辆，或输入新车辆。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="107"/>
        <source>Pick the client, or enter a new one.</source>
        <translation>请选择客户，或输入新客户。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="108"/>
        <source>Rate from 1 to 5, or leave the score out.</source>
        <translation>请评 1 到 5 分，或不评分。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="109"/>
        <source>Request {number} has already been taken.</source>
        <translation>请求 {number} 已被受理。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="110"/>
        <source>Request {number} has no answer to rate yet; cancel it if you no longer need it.</source>
        <translation>请求 {number} 尚无可评价的答复；如不再需要，请取消该请求。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="111"/>
        <source>Request {number} has no work order to issue the parts to.</source>
        <translation>请求 {number} 没有可发放配件的维修工单。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="112"/>
        <source>Request {number} is addressed to {department}; you do not answer for it.</source>
        <translation>请求 {number} 是提交给{department}的；您无权答复。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="113"/>
        <source>Request {number} is already answered; answer it again instead of rejecting it.</source>
        <translation>请求 {number} 已答复；请重新答复，而不是拒绝。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="114"/>
        <source>Request {number} is {status}; it can no longer be cancelled.</source>
        <translation>请求 {number} 当前状态为“{status}”；已无法取消。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="115"/>
        <source>Request {number} is {status}; it can no longer be rated.</source>
        <translation>请求 {number} 当前状态为“{status}”；已无法评价。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="116"/>
        <source>Request {number} is {status}; nothing more is done on it.</source>
        <translation>请求 {number} 当前状态为“{status}”；无需再处理。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="117"/>
        <source>Russian plates use only the letters А, В, Е, К, М, Н, О, Р, С, Т, У, Х, not “{char}”. The plate is kept as typed: check it against the documents.</source>
        <translation>俄罗斯车牌只使用字母 А、В、Е、К、М、Н、О、Р、С、Т、У、Х，不包括“{char}”。车牌号已按输入保存：请与证件核对。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="118"/>
        <source>Say what is to be achieved, e.g. “trained fitters”.</source>
        <translation>请说明要达成的目标，例如“技师完成培训”。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="119"/>
        <source>Say what is wrong, for the mechanic.</source>
        <translation>请为技师说明故障情况。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="120"/>
        <source>Say what was not good: one bad answer must be on record.</source>
        <translation>请说明哪里不满意：差评必须记录原因。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="121"/>
        <source>Say what you need: write the request or list the items.</source>
        <translation>请说明您的需求：填写请求内容或列出所需物品。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="122"/>
        <source>Say why the car goes back to work.</source>
        <translation>请说明车辆返工的原因。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="123"/>
        <source>Say why the discount is given.</source>
        <translation>请说明给予折扣的原因。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="124"/>
        <source>Say why the order is cancelled.</source>
        <translation>请说明取消工单的原因。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="125"/>
        <source>Say why the request is rejected.</source>
        <translation>请说明拒绝请求的原因。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="126"/>
        <source>Set the fuel level.</source>
        <translation>请设置燃油量。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="127"/>
        <source>Set the time the car is promised for.</source>
        <translation>请设置承诺交车时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="128"/>
        <source>Some of the chosen lines are not on this order.</source>
        <translation>所选的部分行不在此工单上。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="129"/>
        <source>Someone at another desk has just dealt with this contact; the list shows it anew.</source>
        <translation>其他工作台刚刚处理了此联系事项；列表已刷新。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="130"/>
        <source>Someone else changed this {what} while you were editing it. Reload it to see their changes; your input is kept.</source>
        <translation>您编辑期间，其他人修改了此{what}。请重新载入以查看其更改；您的输入已保留。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="131"/>
        <source>Someone else changed this {what} while you were editing it: {who} moved it to “{status}” at {when}. Reload it to see their changes; your input is kept.</source>
        <translation>您编辑期间，其他人修改了此{what}：{who} 于 {when} 将其改为“{status}”。请重新载入以查看其更改；您的输入已保留。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="132"/>
        <source>Someone else changed this {what} while you were editing it: {who} saved it at {when}. Reload it to see their changes; your input is kept.</source>
        <translation>您编辑期间，其他人修改了此{what}：{who} 于 {when} 进行了保存。请重新载入以查看其更改；您的输入已保留。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="133"/>
        <source>Something went wrong.</source>
        <translation>出现错误。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="134"/>
        <source>That is too late: by then this contact has no point.</source>
        <translation>太晚了：到那时这次联系已没有意义。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="135"/>
        <source>The VIN {vin} belongs to {vehicle} {plate} on file: pick that car instead.</source>
        <translation>VIN {vin} 已登记在 {vehicle} {plate} 名下：请改选该车辆。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="136"/>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="137"/>
        <source>The answer cannot come from the future.</source>
        <translation>答复时间不能是将来的时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="138"/>
        <source>The appointment was booked for another client.</source>
        <translation>该预约属于其他客户。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="139"/>
        <source>The car no longer exists.</source>
        <translation>该车辆已不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="140"/>
        <source>The car of this appointment is already accepted.</source>
        <translation>该预约的车辆已接车。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="141"/>
        <source>The check digit (character 9, “{char}”) does not match the rest of the VIN. Many makers outside North America do not use one, but compare the VIN with the documents.</source>
        <translation>校验位（第 9 位，“{char}”）与 VIN 其余部分不匹配。许多北美以外的制造商不使用校验位，但请与证件核对 VIN。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="142"/>
        <source>The check digit (character 9, “{char}”) does not match the rest of the VIN: a character is probably mistyped.</source>
        <translation>校验位（第 9 位，“{char}”）与 VIN 其余部分不匹配：可能有字符输入错误。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="143"/>
        <source>The check digit of this number does not match: look for a typo.</source>
        <translation>此号码的校验位不匹配：请检查是否有输入错误。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="144"/>
        <source>The check digits of this INN do not match: look for a typo.</source>
        <translation>此 INN 的校验位不匹配：请检查是否有输入错误。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="145"/>
        <source>The client has not agreed to this work; it is not to be done.</source>
        <translation>客户未同意此维修项目；不得施工。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="146"/>
        <source>The client has not answered on {count} proposed works yet: reception records his answer first.</source>
        <translation>客户尚未答复 {count} 个建议项目：须先由接待记录客户的答复。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="147"/>
        <source>The client&apos;s card no longer exists.</source>
        <translation>客户档案已不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="148"/>
        <source>The code {code} is already used by “{name}”.</source>
        <translation>代码 {code} 已被“{name}”使用。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="149"/>
        <source>The copy of the database could not be made: {reason}</source>
        <translation>无法创建数据库副本：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="150"/>
        <source>The copy of {table} does not match: {source_rows} rows here, {target_rows} on the server (checksum {source_sum} against {target_sum}). The shared database was left as it was.</source>
        <translation>{table} 的副本不一致：本机 {source_rows} 行，服务器 {target_rows} 行（校验和 {source_sum} 与 {target_sum}）。共享数据库未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="151"/>
        <source>The database file “{path}” cannot be opened: {detail}.</source>
        <translation>无法打开数据库文件“{path}”：{detail}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="152"/>
        <source>The database file “{path}” cannot be reached: {detail}.</source>
        <translation>无法访问数据库文件“{path}”：{detail}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="153"/>
        <source>The database is busy or out of reach; nothing was saved. Try again in a moment.</source>
        <translation>数据库繁忙或无法访问；未保存任何内容。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="154"/>
        <source>The database is busy or out of reach; nothing was saved. Your form is kept: try saving again in a moment.</source>
        <translation>数据库繁忙或无法访问；未保存任何内容。表单内容已保留：请稍后再次保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="155"/>
        <source>The database needs an upgrade, but the copy taken before it could not be made, so nothing was changed: {reason}</source>
        <translation>数据库需要升级，但升级前的备份未能创建，因此未做任何更改：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="156"/>
        <source>The database server at {where} does not answer: no computer named “{host}” is known on the network. Check the name.</source>
        <translation>位于 {where} 的数据库服务器无响应：网络中找不到名为“{host}”的计算机。请检查名称。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="157"/>
        <source>The database server at {where} does not answer: {detail}</source>
        <translation>位于 {where} 的数据库服务器无响应：{detail}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="158"/>
        <source>The database server at {where} does not answer: {detail}.</source>
        <translation>位于 {where} 的数据库服务器无响应：{detail}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="159"/>
        <source>The database server at {where} does not answer: “{host}” cannot be reached. Check the name, the network and the server&apos;s firewall.</source>
        <translation>位于 {where} 的数据库服务器无响应：无法访问“{host}”。请检查名称、网络及服务器防火墙。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="160"/>
        <source>The database server at {where} does not answer: “{host}” has no PostgreSQL server at port {port}. Check the port, and that the server is running.</source>
        <translation>位于 {where} 的数据库服务器无响应：“{host}”的端口 {port} 上没有 PostgreSQL 服务器。请检查端口，并确认服务器正在运行。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="161"/>
        <source>The database {where} already holds data ({table}: {rows} rows). Choose an empty database: the shop is never mixed with another one.</source>
        <translation>数据库 {where} 中已有数据（{table}：{rows} 行）。请选择空数据库：门店数据绝不与其他门店混用。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="162"/>
        <source>The database “{path}” is busy: another window or program is writing to it.</source>
        <translation>数据库“{path}”繁忙：另一个窗口或程序正在写入。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="163"/>
        <source>The database “{path}” is locked by another program.</source>
        <translation>数据库“{path}”已被其他程序锁定。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="164"/>
        <source>The draft cannot be kept: {detail}.</source>
        <translation>无法保存草稿：{detail}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="165"/>
        <source>The extension {extension} is not kept with the number; write it in the notes.</source>
        <translation>分机号 {extension} 不随号码保存；请写在备注中。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="166"/>
        <source>The fact of this goal is recorded: its terms no longer change.</source>
        <translation>此目标的实际值已记录：其条款不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="167"/>
        <source>The file “{path}” cannot be written: {reason}.</source>
        <translation>无法写入文件“{path}”：{reason}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="168"/>
        <source>The first manager has already been created; log in instead.</source>
        <translation>首位经理账户已创建；请直接登录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="169"/>
        <source>The folder “{folder}” does not exist, so the database cannot be created there.</source>
        <translation>文件夹“{folder}”不存在，无法在此创建数据库。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="170"/>
        <source>The form is too large to keep as a draft.</source>
        <translation>表单过大，无法保存为草稿。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="171"/>
        <source>The fuel level is from 0 to 100 %.</source>
        <translation>燃油量范围为 0 到 100 %。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="172"/>
        <source>The goal is due on {due}: before then only a fact that meets the target ({target}) can be recorded.</source>
        <translation>目标截止日期为 {due}：在此之前，只能记录达到目标值（{target}）的实际值。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="173"/>
        <source>The logo may be at most {limit} MB.</source>
        <translation>徽标最大为 {limit} MB。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="174"/>
        <source>The logo must be a PNG image.</source>
        <translation>徽标必须为 PNG 图片。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="175"/>
        <source>The note of mark {number} is longer than {limit} characters.</source>
        <translation>标记 {number} 的备注超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="176"/>
        <source>The odometer reading cannot be negative.</source>
        <translation>里程表读数不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="177"/>
        <source>The odometer shows {value} km, less than the {last} km recorded at the last visit. Check the reading and confirm it if it is right.</source>
        <translation>里程表显示 {value} 公里，少于上次到店时记录的 {last} 公里。请检查读数，如无误请确认。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="178"/>
        <source>The password must have at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="179"/>
        <source>The phone {phone} is on the card of {name}: pick that client instead.</source>
        <translation>电话 {phone} 已登记在 {name} 的档案中：请改选该客户。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="180"/>
        <source>The printer {printer} could not start the job.</source>
        <translation>打印机 {printer} 无法开始打印任务。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="181"/>
        <source>The promised time has already passed.</source>
        <translation>承诺交车时间已过。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="182"/>
        <source>The promised time has no time zone.</source>
        <translation>承诺交车时间未指定时区。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="183"/>
        <source>The promised time is from 1 to {limit} hours after intake.</source>
        <translation>承诺交车时间须在接车后 1 到 {limit} 小时之内。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="184"/>
        <source>The response time must be between 0 minutes and 30 days.</source>
        <translation>响应时限须在 0 分钟到 30 天之间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="185"/>
        <source>The results of “{title}” are shown once the round is closed.</source>
        <translation>“{title}”的结果将在本轮结束后显示。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="186"/>
        <source>The round “{title}” is already closed.</source>
        <translation>轮次“{title}”已结束。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="187"/>
        <source>The round “{title}” is closed: ratings are no longer taken.</source>
        <translation>轮次“{title}”已结束：不再接受评价。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="188"/>
        <source>The round “{title}” is still open: close it before opening another.</source>
        <translation>轮次“{title}”仍在进行中：请先结束本轮，再开始新一轮。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="189"/>
        <source>The rule gives this client {allowed} %; a larger discount needs the finance department&apos;s approval.</source>
        <translation>按规则，此客户可享受 {allowed} % 折扣；更高的折扣需经财务部批准。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="190"/>
        <source>The server at {where} asks for the password of user “{user}”.</source>
        <translation>位于 {where} 的服务器要求输入用户“{user}”的密码。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="191"/>
        <source>The server at {where} does not accept user “{user}” from this computer: its administrator allows it in pg_hba.conf.</source>
        <translation>位于 {where} 的服务器不接受用户“{user}”从本机连接：需由其管理员在 pg_hba.conf 中允许。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="192"/>
        <source>The server at {where} does not let user “{user}” log in.</source>
        <translation>位于 {where} 的服务器不允许用户“{user}”登录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="193"/>
        <source>The server at {where} has no database “{name}”. Create it once, e.g. “createdb -h {host} -p {port} -U {user} {name}”, and connect again.</source>
        <translation>位于 {where} 的服务器上没有数据库“{name}”。请先创建一次，例如“createdb -h {host} -p {port} -U {user} {name}”，然后重新连接。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="194"/>
        <source>The server at {where} refused the user name or password: check both.</source>
        <translation>位于 {where} 的服务器拒绝了用户名或密码：请检查两者。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="195"/>
        <source>The server at {where} refused the user name or password: it has no user “{user}”.</source>
        <translation>位于 {where} 的服务器拒绝了用户名或密码：该服务器上没有用户“{user}”。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="196"/>
        <source>The shop can be moved only to a PostgreSQL server; {where} is not one.</source>
        <translation>门店只能迁移到 PostgreSQL 服务器；{where} 不是 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="197"/>
        <source>The shop has no {department}.</source>
        <translation>门店没有{department}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="198"/>
        <source>The slot has not started yet.</source>
        <translation>该时段尚未开始。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="199"/>
        <source>The time has no time zone.</source>
        <translation>该时间未指定时区。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="200"/>
        <source>The value cannot be negative.</source>
        <translation>数值不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="201"/>
        <source>The value cannot exceed {maximum}.</source>
        <translation>数值不能超过 {maximum}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="202"/>
        <source>The value must be more than zero.</source>
        <translation>数值必须大于零。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="203"/>
        <source>The warranty is from 0 to {limit} months.</source>
        <translation>质保期为 0 到 {limit} 个月。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="204"/>
        <source>The year of manufacture is from {first} to {last}.</source>
        <translation>生产年份范围为 {first} 到 {last}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="205"/>
        <source>The {what} no longer exists.</source>
        <translation>该{what}已不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="206"/>
        <source>This VIN is already on file: {title} {plate}. Merge the cards instead.</source>
        <translation>此 VIN 已登记：{title} {plate}。请改为合并档案。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="207"/>
        <source>This appointment was cancelled.</source>
        <translation>该预约已取消。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="208"/>
        <source>This car is already booked for a time that overlaps this one.</source>
        <translation>该车辆已有与此时间重叠的预约。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="209"/>
        <source>This client&apos;s card was anonymised; enter the client anew.</source>
        <translation>此客户档案已匿名化；请重新录入客户。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="210"/>
        <source>This client&apos;s data is already erased.</source>
        <translation>此客户的数据已删除。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="211"/>
        <source>This client&apos;s data was erased at his request; the card is closed.</source>
        <translation>应客户要求，其数据已删除；档案已关闭。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="212"/>
        <source>This client&apos;s personal data has been removed: he cannot be contacted.</source>
        <translation>此客户的个人数据已删除：无法联系该客户。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="213"/>
        <source>This database was last used by a newer version of the application (schema {found}). Update the application before opening it.</source>
        <translation>此数据库上次由较新版本的程序使用（架构版本 {found}）。请先更新程序再打开。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="214"/>
        <source>This desk already works on {where}; there is nothing to move.</source>
        <translation>本工作台已在使用 {where}；无需迁移。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="215"/>
        <source>This desk&apos;s database is at schema {found}, not {head}. Restart the application to bring it up to date, then move it.</source>
        <translation>本工作台的数据库架构版本为 {found}，而不是 {head}。请重启程序以完成更新，然后再迁移。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="216"/>
        <source>This is not a valid phone number: {text}.</source>
        <translation>电话号码无效：{text}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="217"/>
        <source>This is not a valid phone number: {text}. Check the country code after “+”.</source>
        <translation>电话号码无效：{text}。请检查“+”后的国家代码。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="218"/>
        <source>This is not an e-mail address: {text}.</source>
        <translation>这不是电子邮箱地址：{text}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="219"/>
        <source>This moment has already passed: choose a later one.</source>
        <translation>该时间已过：请选择更晚的时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="220"/>
        <source>This operation is no longer on the price list.</source>
        <translation>该工时项目已不在价目表中。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="221"/>
        <source>This phone number has too many or too few digits: {text}.</source>
        <translation>电话号码位数过多或过少：{text}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="222"/>
        <source>This phone number is too long: {text}.</source>
        <translation>电话号码过长：{text}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="223"/>
        <source>This phone number is too short: {text}. Include the area code.</source>
        <translation>电话号码过短：{text}。请加上区号。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="224"/>
        <source>This time has already passed.</source>
        <translation>该时间已过。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="225"/>
        <source>This work order no longer exists.</source>
        <translation>该维修工单已不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="226"/>
        <source>Tick every point to pass, or fail the check and say why.</source>
        <translation>勾选所有检查项即为通过；否则判定不通过并说明原因。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="227"/>
        <source>Two rows start at the same order value.</source>
        <translation>有两行的起始工单金额相同。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="228"/>
        <source>Two windows of one day overlap.</source>
        <translation>同一天的两个服务时段重叠。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="229"/>
        <source>Unknown name or wrong password.</source>
        <translation>用户名未知或密码错误。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="230"/>
        <source>User “{user}” may not connect to the database “{name}” at {where}.</source>
        <translation>用户“{user}”无权连接位于 {where} 的数据库“{name}”。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="231"/>
        <source>Works of order {number} can be ticked only while the car is in work.</source>
        <translation>只有车辆在修期间才能勾选工单 {number} 的维修项目。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="232"/>
        <source>Write down what the client asks for, or add a work.</source>
        <translation>请记录客户的需求，或添加维修项目。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="233"/>
        <source>Write the answer or answer the items.</source>
        <translation>请填写答复，或逐项答复物品。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="234"/>
        <source>Write who answered for the client.</source>
        <translation>请填写代表客户答复的人。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="235"/>
        <source>You cannot rate your own department.</source>
        <translation>不能评价自己的部门。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="236"/>
        <source>You cannot retire your own account.</source>
        <translation>不能将自己的账户设为离职。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="237"/>
        <source>You cannot take the manager role from yourself.</source>
        <translation>不能取消自己的经理角色。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="238"/>
        <source>You have already rated {department} in this round.</source>
        <translation>本轮您已评价过{department}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="239"/>
        <source>Your own department answers these requests: ask your colleagues.</source>
        <translation>这些请求由您自己的部门受理：请询问您的同事。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="240"/>
        <source>Your role does not allow this: {action}.</source>
        <translation>您的角色无权执行此操作：{action}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="241"/>
        <source>{count} of the works on order {number} are not marked done yet.</source>
        <translation>工单 {number} 中有 {count} 个维修项目尚未标记为完成。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="242"/>
        <source>{day} is already a closed day.</source>
        <translation>{day} 已是休息日。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="243"/>
        <source>{text} looks like a phone number but is not in any known range: check it with the client.</source>
        <translation>{text} 看似电话号码，但不属于任何已知号段：请与客户核实。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="244"/>
        <source>{value} km is more than any car drives ({limit} km at most): check the reading.</source>
        <translation>{value} 公里超出了任何车辆的行驶里程（最多 {limit} 公里）：请检查读数。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="245"/>
        <source>{where} already holds tables of another program. Choose an empty database or one made by this application.</source>
        <translation>{where} 中已有其他程序的数据表。请选择空数据库，或由本程序创建的数据库。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="246"/>
        <source>“{criterion}” is not a criterion of the survey.</source>
        <translation>“{criterion}”不是本调查的评价项。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="247"/>
        <source>“{file}” is not a copy of this application&apos;s database, so it was not restored.</source>
        <translation>“{file}”不是本程序数据库的副本，因此未恢复。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="248"/>
        <source>“{item}” has no price yet: answer with its price before issuing it.</source>
        <translation>“{item}”尚未定价：请先答复其价格，再发放。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="249"/>
        <source>“{item}” is already issued to the order; it no longer changes.</source>
        <translation>“{item}”已发放到工单；不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="250"/>
        <source>“{name}” already has an account.</source>
        <translation>“{name}”已有账户。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="251"/>
        <source>“{name}” is already on the list.</source>
        <translation>“{name}”已在列表中。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="252"/>
        <source>“{name}” is on the inspection list twice.</source>
        <translation>“{name}”在检查清单中重复出现。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="253"/>
        <source>“{path}” is a folder, not a database file.</source>
        <translation>“{path}”是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="254"/>
        <source>“{path}” is not a database file.</source>
        <translation>“{path}”不是数据库文件。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="255"/>
        <source>“{plate}” is neither a Russian nor a Chinese plate. It is kept as typed: check it against the registration document.</source>
        <translation>“{plate}”既不是俄罗斯车牌，也不是中国车牌。已按输入保存：请与行驶证核对。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_catalogue.py" line="256"/>
        <source>“{url}” is not a database address.</source>
        <translation>“{url}”不是数据库地址。</translation>
    </message>
</context>
<context>
    <name>FactForm</name>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="180"/>
        <source>Record the fact</source>
        <translation>记录实际值</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="188"/>
        <source>&amp;Record the fact</source>
        <translation>记录实际值(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="196"/>
        <source>A fact is recorded from the due date on; earlier only when the target is already met. A fact below the target, or none after the due date, is missed.</source>
        <translation>自截止日期起可记录实际值；仅当目标已达成时才可提前记录。实际值低于目标值，或截止日期后仍未记录，即为未达成。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="208"/>
        <source>Goal:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="209"/>
        <source>&amp;Fact:</source>
        <translation>实际值(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="219"/>
        <source>Choose a goal in the list.</source>
        <translation>请在列表中选择一个目标。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="222"/>
        <source>{title}: {target} by {due} ({parties})</source>
        <translation>{title}：{due} 前达到 {target}（{parties}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goal_forms.py" line="236"/>
        <source>Only the two departments of a goal and the manager record its fact.</source>
        <translation>只有目标涉及的两个部门和经理可以记录实际值。</translation>
    </message>
</context>
<context>
    <name>FilingDialog</name>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="64"/>
        <source>New request</source>
        <translation>新建请求</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="83"/>
        <source>e.g. ЗН-00777</source>
        <translation>例如：ЗН-00777</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="100"/>
        <source>What do you need? e.g. original pads only</source>
        <translation>需要什么？例如：只要原厂刹车片</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="102"/>
        <source>&amp;Needed by</source>
        <translation>需要时间(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="115"/>
        <source>The car waits for these parts (order → Awaiting parts)</source>
        <translation>车辆在等待这些配件（工单 → 待配件）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="145"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="146"/>
        <source>Work &amp;order:</source>
        <translation>维修工单(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="148"/>
        <source>&amp;Parts:</source>
        <translation>配件(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="150"/>
        <source>&amp;Text:</source>
        <translation>内容(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="151"/>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="154"/>
        <source>&amp;File the request</source>
        <translation>提交请求(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="212"/>
        <source>No work order with this number.</source>
        <translation>没有此编号的维修工单。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="215"/>
        <source>{vehicle} — {status}</source>
        <translation>{vehicle} — {status}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="241"/>
        <source>Choose what you ask for.</source>
        <translation>请选择请求类型。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="245"/>
        <source>There is no work order with this number.</source>
        <translation>不存在此编号的维修工单。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/filing_dialog.py" line="252"/>
        <source>Line {row}: the quantity is not a number.</source>
        <translation>第 {row} 行：数量不是数字。</translation>
    </message>
</context>
<context>
    <name>FirstManagerDialog</name>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="27"/>
        <source>Welcome — Service desk</source>
        <translation>欢迎 — 服务前台</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="31"/>
        <source>This database is new. Create the manager&apos;s account: the manager then adds the receptionists, masters, mechanics, parts clerks and finance staff.</source>
        <translation>这是一个新数据库。请创建经理账户，之后由经理添加服务接待、车间主管、技师、配件员和财务人员。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="37"/>
        <source>e.g. Ivanova Maria Petrovna</source>
        <translation>例如：王丽华</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="48"/>
        <source>Full &amp;name:</source>
        <translation>全名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="50"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="51"/>
        <source>&amp;Repeat password:</source>
        <translation>重复密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="56"/>
        <source>Create and log in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="58"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_manager_dialog.py" line="72"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ForgetDialog</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="47"/>
        <source>Erase the client&apos;s personal data</source>
        <translation>删除客户个人数据</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="52"/>
        <source>Erase the personal data of {name}?</source>
        <translation>删除 {name} 的个人数据？</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="58"/>
        <source>&lt;b&gt;Erased for good:&lt;/b&gt; the name, every phone, the e-mail and the address, the birthday, the company&apos;s details, the notes, who sent the client, the plates of the cars and the record of reminders and call-backs. Bookings still to come are cancelled.</source>
        <translation>&lt;b&gt;永久删除：&lt;/b&gt;姓名、所有电话、电子邮箱和地址、生日、企业信息、备注、客户来源、车辆的车牌号，以及提醒和回访记录。尚未到来的预约将被取消。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="66"/>
        <source>&lt;b&gt;Kept:&lt;/b&gt; the card as “#{id}”, the cars without their plates, and every work order with its works, parts and money — the shop must keep them for accounting and warranty.</source>
        <translation>&lt;b&gt;保留：&lt;/b&gt;档案（显示为“#{id}”）、不含车牌号的车辆，以及所有维修工单及其维修项目、配件和金额 — 本店须保留这些信息用于会计核算和质保。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="75"/>
        <source>The client asked to be forgotten. I understand this cannot be undone.</source>
        <translation>客户要求删除其个人信息。我了解此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="81"/>
        <source>Erase personal data</source>
        <translation>删除个人数据</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="110"/>
        <source>Someone changed the card meanwhile; it shows their changes now.</source>
        <translation>在此期间有人修改了档案，现已显示其修改内容。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_forget.py" line="112"/>
        <source>Erase again if the client still asks for it.</source>
        <translation>如客户仍有此要求，请再次删除。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desk_app/ui/form_dialog.py" line="189"/>
        <source>The database answers again: your input is saved.</source>
        <translation>数据库已恢复响应：您的输入已保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/form_dialog.py" line="223"/>
        <source>Your input is kept; it will be saved when the connection is back.</source>
        <translation>您的输入已保留，连接恢复后将自动保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/form_dialog.py" line="242"/>
        <source>Not saved. Your input is kept: send the form again when the database is back.</source>
        <translation>未保存。您的输入已保留：数据库恢复后请重新提交表单。</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../desk_app/ui/intake/form_page.py" line="54"/>
        <source>◀ Day&apos;s list</source>
        <translation>◀ 当日列表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form_page.py" line="60"/>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form_page.py" line="62"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form_page.py" line="73"/>
        <source>Visible damage</source>
        <translation>可见损伤</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form_page.py" line="129"/>
        <source>Ready to save</source>
        <translation>可以保存</translation>
    </message>
</context>
<context>
    <name>GanttToolbar</name>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="79"/>
        <source>The day (or week) before</source>
        <translation>前一天（或前一周）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="81"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="84"/>
        <source>The day (or week) after</source>
        <translation>后一天（或后一周）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="93"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="94"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="96"/>
        <source>By bay</source>
        <translation>按工位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="97"/>
        <source>By mechanic</source>
        <translation>按技师</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="38"/>
        <source>Pending</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="39"/>
        <source>Met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="40"/>
        <source>Missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="61"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="62"/>
        <source>Supplier → customer</source>
        <translation>供应方 → 客户方</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="64"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="71"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="77"/>
        <source>Fact</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="84"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="89"/>
        <source>Fact recorded</source>
        <translation>实际值记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="119"/>
        <source>No goals are agreed yet.</source>
        <translation>尚未约定任何目标。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="165"/>
        <source>The goal is agreed.</source>
        <translation>目标已约定。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/goals_page.py" line="169"/>
        <source>The fact is recorded.</source>
        <translation>实际值已记录。</translation>
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
        <location filename="../../desk_app/ui/orders/history_view.py" line="94"/>
        <source>Waited in all:</source>
        <translation>累计等待：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_view.py" line="101"/>
        <source>Waited on requests:</source>
        <translation>等待请求答复：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_view.py" line="127"/>
        <source>Nothing has happened to this order yet.</source>
        <translation>此工单尚无任何记录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_view.py" line="170"/>
        <source>{party}: {duration}</source>
        <translation>{party}：{duration}</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="58"/>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="59"/>
        <source>Defender of the Fatherland Day</source>
        <translation>祖国保卫者日</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="60"/>
        <source>International Women&apos;s Day</source>
        <translation>国际妇女节</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="61"/>
        <source>Victory Day</source>
        <translation>胜利日</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="62"/>
        <source>Russia Day</source>
        <translation>俄罗斯日</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_list.py" line="63"/>
        <source>Unity Day</source>
        <translation>民族团结日</translation>
    </message>
</context>
<context>
    <name>InlineBar</name>
    <message>
        <location filename="../../desk_app/ui/intake/bars.py" line="44"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>InlineForm</name>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="47"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="49"/>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="91"/>
        <location filename="../../desk_app/ui/intake/overview.py" line="114"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="96"/>
        <location filename="../../desk_app/ui/intake/overview.py" line="119"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="97"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="99"/>
        <location filename="../../desk_app/ui/intake/overview.py" line="121"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="102"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="107"/>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="109"/>
        <source>Accepted</source>
        <translation>接车时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="123"/>
        <source>Accepted by</source>
        <translation>接车人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="51"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="52"/>
        <source>&amp;Appointments</source>
        <translation>预约(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="88"/>
        <source>Intake</source>
        <translation>接车</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="148"/>
        <source>Another intake is being filled in: save it or cancel it first.</source>
        <translation>另一份接车记录正在填写：请先保存或取消。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="166"/>
        <source>An unfinished intake was kept: restore it or discard it first.</source>
        <translation>有一份未完成的接车记录被保留：请先恢复或放弃。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="189"/>
        <source>An unfinished intake from {when} was kept.</source>
        <translation>已保留 {when} 未完成的接车记录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="194"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="199"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="227"/>
        <source>Work order &lt;b&gt;{number}&lt;/b&gt; is saved: {summary}.</source>
        <translation>维修工单 &lt;b&gt;{number}&lt;/b&gt; 已保存：{summary}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="234"/>
        <source>Print acceptance act</source>
        <translation>打印接车单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="238"/>
        <source>Printing comes with the documents: not available yet.</source>
        <translation>打印功能将随单据模块提供：暂不可用。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/area.py" line="245"/>
        <source>Work order {number} is saved.</source>
        <translation>维修工单 {number} 已保存。</translation>
    </message>
</context>
<context>
    <name>IntakeFormWidget</name>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="189"/>
        <source>Intake for a booked visit</source>
        <translation>预约到店接车</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="189"/>
        <source>New intake</source>
        <translation>新建接车</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="331"/>
        <source>Your input is kept; it will be saved when the connection is back.</source>
        <translation>您的输入已保留，连接恢复后将自动保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="348"/>
        <source>Not saved: the database does not answer. Your input is kept: save again when the database is back.</source>
        <translation>未保存：数据库无响应。您的输入已保留：数据库恢复后请重新保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="359"/>
        <source>Use this car and its owner</source>
        <translation>使用此车辆及其车主</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="361"/>
        <source>Use this client</source>
        <translation>使用此客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="398"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="401"/>
        <source>Discard this intake? What was typed will be lost.</source>
        <translation>放弃此次接车？已输入的内容将丢失。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/form.py" line="402"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>IntakeOverview</name>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="176"/>
        <source>◀ Previous day</source>
        <translation>◀ 前一天</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="177"/>
        <source>Next day ▶</source>
        <translation>后一天 ▶</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="178"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="193"/>
        <location filename="../../desk_app/ui/intake/overview.py" line="291"/>
        <source>Accepted recently</source>
        <translation>最近接车</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="202"/>
        <location filename="../../desk_app/ui/intake/overview.py" line="306"/>
        <source>New intake (Ctrl+N)</source>
        <translation>新建接车 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="206"/>
        <source>Accept the booked car (Enter)</source>
        <translation>接收已预约车辆 (Enter)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="215"/>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="274"/>
        <source>Appointments on {day} ({count})</source>
        <translation>{day} 的预约（{count}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="276"/>
        <source>No appointments on {day}</source>
        <translation>{day} 无预约</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="291"/>
        <source>No vehicles accepted yet</source>
        <translation>尚未接车</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/overview.py" line="304"/>
        <source>Continue the intake (Ctrl+N)</source>
        <translation>继续接车 (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>IntakeReadiness</name>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="24"/>
        <location filename="../../desk_app/ui/intake/readiness.py" line="25"/>
        <source>client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="26"/>
        <location filename="../../desk_app/ui/intake/readiness.py" line="27"/>
        <source>car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="28"/>
        <source>odometer</source>
        <translation>里程</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="29"/>
        <source>fuel level</source>
        <translation>燃油量</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="30"/>
        <source>complaints or a work</source>
        <translation>故障描述或维修项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="31"/>
        <source>works</source>
        <translation>维修项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="32"/>
        <source>client&apos;s parts</source>
        <translation>客户自带配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="33"/>
        <source>left in the car</source>
        <translation>车内遗留物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="34"/>
        <source>inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="35"/>
        <source>damage marks</source>
        <translation>损伤标记</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="36"/>
        <source>estimate</source>
        <translation>预估</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="37"/>
        <source>prepayment</source>
        <translation>预付款</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="38"/>
        <source>promised time</source>
        <translation>承诺交车时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="39"/>
        <source>appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="75"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/readiness.py" line="85"/>
        <source>To save, complete: {parts}</source>
        <translation>保存前请填写：{parts}</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../desk_app/ui/requests/item_editor.py" line="30"/>
        <source>&amp;Add a part</source>
        <translation>添加配件(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/item_editor.py" line="33"/>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
</context>
<context>
    <name>JobSheet</name>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="88"/>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="89"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="90"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="91"/>
        <source>Bay</source>
        <translation>工位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="92"/>
        <source>Promised</source>
        <translation>承诺交车</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="129"/>
        <source>No parts to fit on this car.</source>
        <translation>此车无待装配件。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="143"/>
        <source>Complaints (the client&apos;s words)</source>
        <translation>故障描述（客户原话）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="144"/>
        <source>My works</source>
        <translation>我的维修项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="145"/>
        <source>Parts to fit</source>
        <translation>待装配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="164"/>
        <source>Not promised</source>
        <translation>未承诺</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="178"/>
        <source>No complaints written down.</source>
        <translation>未记录故障描述。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="208"/>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
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
        <location filename="../../desk_app/ui/printing/letter_printing.py" line="73"/>
        <source>The letters could not be made.</source>
        <translation>无法生成信函。</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="66"/>
        <source>Add a work</source>
        <translation>添加维修项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="66"/>
        <source>Change the work</source>
        <translation>修改维修项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="68"/>
        <source>Add a part</source>
        <translation>添加配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="68"/>
        <source>Change the part</source>
        <translation>修改配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="82"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="82"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="93"/>
        <source>The car is already in the shop: this line is proposed to the client and costs nothing until reception records that he agreed.</source>
        <translation>车辆已在车间：此项为向客户提出的建议，在接待记录客户同意之前不计费。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="118"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="127"/>
        <source>Type to pick from the price list</source>
        <translation>输入以从价目表中选择</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="128"/>
        <source>&amp;Work:</source>
        <translation>维修项目(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="129"/>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="130"/>
        <source>Norm &amp;hours:</source>
        <translation>标准工时(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="131"/>
        <source>&amp;Rate per hour:</source>
        <translation>工时单价(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="132"/>
        <source>W&amp;arranty:</source>
        <translation>质保(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="135"/>
        <source>&amp;Mechanic:</source>
        <translation>技师(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="144"/>
        <source>The client brought it (not charged)</source>
        <translation>客户自带（不计费）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="151"/>
        <source>&amp;Part:</source>
        <translation>配件(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="152"/>
        <source>Part &amp;number:</source>
        <translation>零件号(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="153"/>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="154"/>
        <source>Unit pri&amp;ce:</source>
        <translation>单价(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_editor.py" line="188"/>
        <source>Nobody yet</source>
        <translation>暂未指派</translation>
    </message>
</context>
<context>
    <name>LineSection</name>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="51"/>
        <source>Works</source>
        <translation>维修项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="51"/>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="53"/>
        <source>&amp;Add a work…</source>
        <translation>添加维修项目(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="53"/>
        <source>Add a &amp;part…</source>
        <translation>添加配件(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="54"/>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="55"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="56"/>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="122"/>
        <source>Mark &amp;done</source>
        <translation>标记完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="57"/>
        <source>Tick the chosen work done, or not done after all</source>
        <translation>将所选项目标记为已完成，或撤销完成标记</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/lines_panel.py" line="122"/>
        <source>Not &amp;done</source>
        <translation>未完成(&amp;D)</translation>
    </message>
</context>
<context>
    <name>LineTables</name>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="48"/>
        <source>From order value</source>
        <translation>工单金额起</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="49"/>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="37"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="38"/>
        <source>Work</source>
        <translation>维修项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="39"/>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="40"/>
        <source>Rate</source>
        <translation>工时单价</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="41"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="45"/>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/item_editor.py" line="19"/>
        <location filename="../../desk_app/ui/intake/works_section.py" line="46"/>
        <source>Part number</source>
        <translation>零件号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/item_editor.py" line="20"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/item_editor.py" line="21"/>
        <location filename="../../desk_app/ui/intake/works_section.py" line="47"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="32"/>
        <source>Log in — Service desk</source>
        <translation>登录 — 服务前台</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="36"/>
        <source>Who is at the desk?</source>
        <translation>请问是谁在使用本工作台？</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="55"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="57"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="62"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="64"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>LoyaltyPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="263"/>
        <source>A regular client ({visits} visits within {days} days) gets the discount of the highest row his order reaches, by the make of the car.</source>
        <translation>老客户（{days} 天内到店 {visits} 次）按车辆品牌，享受其工单金额所达到的最高一档折扣。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="274"/>
        <source>Preview for an order of</source>
        <translation>预览工单金额</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="280"/>
        <source>Domestic makes (ZAZ, VAZ/Lada, GAZ, UAZ)</source>
        <translation>国产品牌（ZAZ、VAZ/Lada、GAZ、UAZ）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="281"/>
        <source>An order of {value} for a Lada: {result}.</source>
        <translation>Lada 车辆工单金额 {value}：{result}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="287"/>
        <source>Foreign makes</source>
        <translation>外国品牌</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="288"/>
        <source>An order of {value} for a foreign car: {result}.</source>
        <translation>外国品牌车辆工单金额 {value}：{result}。</translation>
    </message>
</context>
<context>
    <name>LoyaltySettingsBox</name>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="43"/>
        <source>Loyalty settings</source>
        <translation>老客户设置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="48"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="49"/>
        <source> km</source>
        <translation> 公里</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="51"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="52"/>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="53"/>
        <source>Reload the saved settings</source>
        <translation>重新载入已保存的设置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="58"/>
        <source>Extra discount for a car bought here:</source>
        <translation>本店购车额外折扣：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="60"/>
        <source>Next service after:</source>
        <translation>下次保养间隔：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="61"/>
        <source>or after (whichever comes first):</source>
        <translation>或行驶里程（以先到者为准）：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="62"/>
        <source>Call the client back after the handover in:</source>
        <translation>交车后回访间隔：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_settings.py" line="136"/>
        <source>The loyalty settings are saved.</source>
        <translation>老客户设置已保存。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="61"/>
        <source>Intake</source>
        <translation>接车</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="62"/>
        <source>Timeline</source>
        <translation>进度看板</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="63"/>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="64"/>
        <source>Requests</source>
        <translation>内部请求</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="65"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="66"/>
        <source>Admin</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="99"/>
        <source>Service desk — {name}</source>
        <translation>服务前台 — {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="126"/>
        <source>Areas</source>
        <translation>功能区</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="157"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="165"/>
        <source>Find a client by name, phone, plate or VIN, or an order by number  (Ctrl+F)</source>
        <translation>按姓名、电话、车牌或 VIN 查找客户，或按编号查找工单  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="174"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="188"/>
        <source>{name} ({roles})</source>
        <translation>{name}（{roles}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="191"/>
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="223"/>
        <source>{area} ({count})</source>
        <translation>{area}（{count}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="292"/>
        <source>Your role cannot search clients.</source>
        <translation>您的角色无权搜索客户。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="320"/>
        <source>Order {number} ({vehicle}, {plate}) is ready: call {client}.</source>
        <translation>工单 {number}（{vehicle}，{plate}）已完工：请致电 {client}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="328"/>
        <source>{count} cars are ready: call their owners ({numbers}).</source>
        <translation>{count} 辆车已完工：请致电车主（{numbers}）。</translation>
    </message>
</context>
<context>
    <name>MarkAllForm</name>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="149"/>
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="152"/>
        <source>Do this once the mailing is sent. Call-backs are not included: each needs its own answer.</source>
        <translation>请在群发完成后执行此操作。回访不包括在内：每次回访都需要单独记录结果。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="167"/>
        <source>{kind}: {count}</source>
        <translation>{kind}：{count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="174"/>
        <source>Mark the %n contact(s) shown as done?</source>
        <translation>
            <numerusform>将显示的 %n 个联系人标记为已完成？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="57"/>
        <source>Merge two cards of one client</source>
        <translation>合并同一客户的两份档案</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="60"/>
        <source>Every visit, car, booking and contact of the other card moves to the card you keep. The kept card&apos;s details stay; its empty fields are filled from the other card, and the notes are joined. The other card is then removed.</source>
        <translation>另一份档案的所有到店记录、车辆、预约和联系记录都将转入您保留的档案。保留档案的信息不变，其空白字段由另一份档案补全，备注合并。随后删除另一份档案。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="69"/>
        <source>Find the other card: name, phone, plate or VIN</source>
        <translation>查找另一份档案：姓名、电话、车牌或 VIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="81"/>
        <source>This card</source>
        <translation>本档案</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="82"/>
        <source>The other card</source>
        <translation>另一份档案</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="95"/>
        <source>Reload the cards</source>
        <translation>重新载入档案</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="105"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="132"/>
        <source>Keep this card&apos;s details</source>
        <translation>保留此档案的信息</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="144"/>
        <source>Phones: {phones}</source>
        <translation>电话：{phones}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="145"/>
        <source>E-mail: {email}</source>
        <translation>电子邮箱：{email}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="146"/>
        <source>Cars: {cars}</source>
        <translation>车辆：{cars}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="147"/>
        <source>Visits: {count}, spent {money}</source>
        <translation>到店：{count} 次，消费 {money}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="150"/>
        <source>On file since {date}</source>
        <translation>建档日期：{date}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_merge.py" line="157"/>
        <source>Find the other card above.</source>
        <translation>请在上方查找另一份档案。</translation>
    </message>
</context>
<context>
    <name>MoneySection</name>
    <message>
        <location filename="../../desk_app/ui/intake/money_section.py" line="61"/>
        <source>Estimate and promise</source>
        <translation>预估及承诺</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/money_section.py" line="98"/>
        <source>E&amp;stimate</source>
        <translation>预估(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/money_section.py" line="99"/>
        <source>Prepayment</source>
        <translation>预付款</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/money_section.py" line="100"/>
        <source>Promised for</source>
        <translation>承诺交车时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/money_section.py" line="101"/>
        <source>Accepted by</source>
        <translation>接车人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/money_section.py" line="145"/>
        <source>Use the works&apos; total, {amount}</source>
        <translation>使用维修项目合计 {amount}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/money_section.py" line="176"/>
        <source>Regular client&apos;s discount {percent}</source>
        <translation>老客户折扣 {percent}</translation>
    </message>
</context>
<context>
    <name>MoneySummary</name>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="49"/>
        <source>Labour</source>
        <translation>工时费</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="50"/>
        <source>Parts</source>
        <translation>配件费</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="52"/>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="53"/>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="136"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="56"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="57"/>
        <source>Prepayment</source>
        <translation>预付款</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="58"/>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="143"/>
        <source>Balance due</source>
        <translation>应付余额</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="67"/>
        <source>Change the discount…</source>
        <translation>修改折扣…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="79"/>
        <source>Record a prepayment…</source>
        <translation>记录预付款…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="100"/>
        <source>By the rule: {why}</source>
        <translation>按规则：{why}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="103"/>
        <source>Apply {percent}</source>
        <translation>应用 {percent}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="130"/>
        <source>Discount {percent} %</source>
        <translation>折扣 {percent} %</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="137"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="143"/>
        <source>To refund</source>
        <translation>应退款</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_summary.py" line="147"/>
        <source>Proposed extra works, not counted until the client agrees: +{amount}</source>
        <translation>建议追加项目，客户同意前不计入：+{amount}</translation>
    </message>
</context>
<context>
    <name>MyWork</name>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="43"/>
        <source>{done} of {total} works done</source>
        <translation>已完成 {done}/{total} 项</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="29"/>
        <source>Brought by the client</source>
        <translation>客户自带</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="30"/>
        <source>From the store</source>
        <translation>库房</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="41"/>
        <source>Part number</source>
        <translation>零件号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="42"/>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="44"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/job_sheet.py" line="50"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>MyWorkPanel</name>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="73"/>
        <source>My cars</source>
        <translation>我的车辆</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="76"/>
        <source>Nothing is assigned to you right now.</source>
        <translation>目前没有分配给您的工作。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="92"/>
        <source>Send to quality check</source>
        <translation>送交质检</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="124"/>
        <source>When the master gives you works on a car, the car and its job show here.</source>
        <translation>车间主管为您分配维修项目后，车辆及其作业内容会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="151"/>
        <source>My cars ({count})</source>
        <translation>我的车辆（{count}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="183"/>
        <source>Sent to the quality check; the master checks the car now.</source>
        <translation>已送交质检，车间主管正在检查车辆。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="185"/>
        <source>Passed the quality check: the car is ready.</source>
        <translation>质检通过：车辆已完工。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="186"/>
        <source>The car is “{status}” now, not in work.</source>
        <translation>该车辆当前状态为“{status}”，不在维修中。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/my_work.py" line="228"/>
        <source>Order {number} is sent to the quality check.</source>
        <translation>工单 {number} 已送交质检。</translation>
    </message>
</context>
<context>
    <name>NotGoodBox</name>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="126"/>
        <source>No “not good” answers in this period</source>
        <translation>本期间没有“不满意”的答复</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="133"/>
        <source>Last “not good” (%n in this period)</source>
        <translation>
            <numerusform>最近的“不满意”（本期间共 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="142"/>
        <source>(no comment)</source>
        <translation>（无评语）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="143"/>
        <source>“{comment}”</source>
        <translation>“{comment}”</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="146"/>
        <source>{date}, {name} ({department}), request No. {number}</source>
        <translation>{date}，{name}（{department}），请求编号 {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="153"/>
        <source>score {score}/5</source>
        <translation>评分 {score}/5</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../desk_app/ui/damage/mark_dialog.py" line="61"/>
        <source>e.g. 10 cm along the rear door</source>
        <translation>例如：沿后门 10 厘米</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/mark_dialog.py" line="66"/>
        <source>Enter to keep, Esc to cancel</source>
        <translation>按 Enter 保留，按 Esc 取消</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/damage/mark_dialog.py" line="87"/>
        <source>Note: {kind}</source>
        <translation>备注：{kind}</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="138"/>
        <source>No notes on this client.</source>
        <translation>此客户暂无备注。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="139"/>
        <source>Edit notes…</source>
        <translation>编辑备注…</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../desk_app/ui/orders/order_actions.py" line="33"/>
        <source>Ask the client…</source>
        <translation>征询客户…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_actions.py" line="35"/>
        <source>Record client&apos;s answer…</source>
        <translation>记录客户答复…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_actions.py" line="37"/>
        <source>Quality check…</source>
        <translation>质检…</translation>
    </message>
</context>
<context>
    <name>OrderCompare</name>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="40"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="41"/>
        <source>Promised for</source>
        <translation>承诺交车时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="42"/>
        <source>Bay</source>
        <translation>工位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="43"/>
        <source>Master</source>
        <translation>车间主管</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="44"/>
        <source>Complaints</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="45"/>
        <source>Discount, %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="46"/>
        <source>Reason for the discount</source>
        <translation>折扣原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="47"/>
        <source>Prepayment</source>
        <translation>预付款</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="48"/>
        <source>Work added: {line}</source>
        <translation>新增维修项目：{line}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="49"/>
        <source>Work removed: {line}</source>
        <translation>已删除维修项目：{line}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="50"/>
        <source>Part added: {line}</source>
        <translation>新增配件：{line}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="51"/>
        <source>Part removed: {line}</source>
        <translation>已删除配件：{line}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="52"/>
        <source>{line}: name</source>
        <translation>{line}：名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="53"/>
        <source>{line}: norm hours</source>
        <translation>{line}：标准工时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="54"/>
        <source>{line}: rate</source>
        <translation>{line}：工时单价</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="55"/>
        <source>{line}: mechanic</source>
        <translation>{line}：技师</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="56"/>
        <source>{line}: done</source>
        <translation>{line}：已完成</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="57"/>
        <source>{line}: quantity</source>
        <translation>{line}：数量</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="58"/>
        <source>{line}: price</source>
        <translation>{line}：单价</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="59"/>
        <source>{line}: client&apos;s own part</source>
        <translation>{line}：客户自带配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="60"/>
        <source>{line}: client&apos;s answer</source>
        <translation>{line}：客户答复</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="61"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="112"/>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="114"/>
        <source>When you opened it</source>
        <translation>打开时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/compare_dialog.py" line="120"/>
        <source>Saved now</source>
        <translation>当前已保存</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="94"/>
        <source>Work order</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="107"/>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="112"/>
        <source>Co&amp;mpare</source>
        <translation>对比(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="114"/>
        <source>What the other desk changed on the order</source>
        <translation>其他工作台对该工单所做的更改</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="118"/>
        <source>Changed at another desk</source>
        <translation>已在其他工作台修改</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="141"/>
        <source>&amp;Works and parts</source>
        <translation>维修项目和配件(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="142"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="146"/>
        <source>Re&amp;quests</source>
        <translation>请求(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="206"/>
        <source>Order {number} — {vehicle}, {plate}</source>
        <translation>工单 {number} — {vehicle}，{plate}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="370"/>
        <source>Remove a line</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="371"/>
        <source>Remove “{name}” from order {number}?</source>
        <translation>从工单 {number} 中删除“{name}”？</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_dialog.py" line="378"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>OrderFormDialog</name>
    <message>
        <location filename="../../desk_app/ui/orders/form_dialog.py" line="21"/>
        <source>Reloa&amp;d the order</source>
        <translation>重新载入工单(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/form_dialog.py" line="30"/>
        <source>The order now shows the other changes. Your input is kept: check it and save again.</source>
        <translation>工单现已显示他人的更改。您输入的内容已保留：请检查后重新保存。</translation>
    </message>
</context>
<context>
    <name>OrderHeader</name>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="52"/>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="53"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="54"/>
        <source>Odometer</source>
        <translation>行驶里程</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="55"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="56"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="57"/>
        <source>Accepted</source>
        <translation>接车</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="58"/>
        <source>Promised</source>
        <translation>承诺交车</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="59"/>
        <source>Bay</source>
        <translation>工位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="60"/>
        <source>Master</source>
        <translation>车间主管</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="89"/>
        <source>Order {number}</source>
        <translation>维修工单 {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="101"/>
        <source>{km} km</source>
        <translation>{km} 公里</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="106"/>
        <source>{when}, {who}</source>
        <translation>{when}，{who}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="110"/>
        <source>not promised</source>
        <translation>未承诺</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="112"/>
        <source>{when} — overdue</source>
        <translation>{when} — 已逾期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="115"/>
        <source>not on a bay</source>
        <translation>未安排工位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="118"/>
        <source>The client says: {text}</source>
        <translation>客户描述：{text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/order_header.py" line="124"/>
        <source>Cancelled: {reason}</source>
        <translation>已取消：{reason}</translation>
    </message>
</context>
<context>
    <name>OrderHistory</name>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="37"/>
        <source>hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="38"/>
        <source>rate</source>
        <translation>工时单价</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="39"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="40"/>
        <source>price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="41"/>
        <source>brought by the client</source>
        <translation>客户自带</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="119"/>
        <source>The client answered</source>
        <translation>客户已答复</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="123"/>
        <source>Quality check passed</source>
        <translation>质检通过</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="125"/>
        <source>Quality check failed</source>
        <translation>质检未通过</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="129"/>
        <source>Printed: {document}</source>
        <translation>已打印：{document}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="133"/>
        <source>Parts issued to the order</source>
        <translation>已发放到工单的配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="150"/>
        <source>Request to {department}: {kind}</source>
        <translation>向{department}提出请求：{kind}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="155"/>
        <source>{department} answered after {duration}</source>
        <translation>{department}在 {duration} 后答复</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="158"/>
        <source>{department} answered</source>
        <translation>{department}已答复</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="167"/>
        <source>{department}: {duration}</source>
        <translation>{department}：{duration}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="172"/>
        <source>(%n requests)</source>
        <translation>（%n 个请求）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="185"/>
        <source>Price changed: {line}</source>
        <translation>价格已更改：{line}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="187"/>
        <source>Discount changed: {old} % → {new} %</source>
        <translation>折扣已更改：{old}% → {new}%</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="194"/>
        <source>Line removed: {line}</source>
        <translation>已删除项目：{line}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="205"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/history_story.py" line="205"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>OrderLines</name>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="39"/>
        <source>the client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="47"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="48"/>
        <source>Work</source>
        <translation>维修项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="50"/>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="54"/>
        <source>Rate</source>
        <translation>工时单价</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="55"/>
        <location filename="../../desk_app/ui/orders/line_models.py" line="70"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="56"/>
        <source>Mechanic</source>
        <translation>技师</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="57"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="58"/>
        <location filename="../../desk_app/ui/orders/line_models.py" line="75"/>
        <source>Answer</source>
        <translation>客户答复</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="62"/>
        <source>Part number</source>
        <translation>零件号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="63"/>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="65"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="69"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/line_models.py" line="72"/>
        <source>Supplied by</source>
        <translation>提供方</translation>
    </message>
</context>
<context>
    <name>OrderList</name>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="114"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="125"/>
        <source>All open orders ({count})</source>
        <translation>全部未结工单（{count}）</translation>
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
    <name>OrderRequests</name>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="57"/>
        <source>{status}, overdue</source>
        <translation>{status}，已逾期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="61"/>
        <source>Answered late</source>
        <translation>逾期答复</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="63"/>
        <source>{status}, answered late</source>
        <translation>{status}，逾期答复</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="86"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="87"/>
        <source>To</source>
        <translation>受理部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="88"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="89"/>
        <source>Filed</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="90"/>
        <source>Promised by</source>
        <translation>承诺时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="92"/>
        <source>Answered</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="94"/>
        <source>Car waited</source>
        <translation>车辆等待时长</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="95"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="108"/>
        <source>No</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="110"/>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="111"/>
        <source>Yes, {count} available</source>
        <translation>有，可用 {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="120"/>
        <source>issued, not on this order</source>
        <translation>已发放，未计入本工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="131"/>
        <source>Part number</source>
        <translation>零件号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="132"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="134"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="138"/>
        <source>In stock</source>
        <translation>有货</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="139"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="140"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="141"/>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="142"/>
        <source>Arrives</source>
        <translation>到货时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="143"/>
        <source>Reserved</source>
        <translation>预留时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="144"/>
        <source>Issued to the order</source>
        <translation>发放至工单</translation>
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
        <translation>推迟至：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="139"/>
        <source>Put off {name}</source>
        <translation>推迟 {name}</translation>
    </message>
</context>
<context>
    <name>PrepaymentDialog</name>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="84"/>
        <source>Prepayment — {number}</source>
        <translation>预付款 — {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="88"/>
        <source>&amp;Paid so far:</source>
        <translation>已付金额(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/money_dialogs.py" line="91"/>
        <source>The whole amount the client has paid in advance (it replaces {old}); the order&apos;s total is {total}.</source>
        <translation>客户已预付的全部金额（将替换 {old}）；工单合计为 {total}。</translation>
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
        <translation>质检 — {number}，{vehicle}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="44"/>
        <source>Every car</source>
        <translation>每车必检</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="46"/>
        <source>The works done on this car</source>
        <translation>本车已完成的维修项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="73"/>
        <source>Tick all</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="87"/>
        <source>A note if it passes; what is wrong, for the mechanic, if it fails</source>
        <translation>通过时可填写备注；未通过时写明问题，供技师参考</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="89"/>
        <source>&amp;Comment or reason:</source>
        <translation>备注或原因(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="94"/>
        <source>&amp;Pass: the car is ready</source>
        <translation>通过(&amp;P)：车辆已完工</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="98"/>
        <source>&amp;Fail: back to work</source>
        <translation>不通过(&amp;F)：退回维修</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/quality_dialog.py" line="132"/>
        <source>{ticked} of {all} points ticked</source>
        <translation>已勾选 {ticked}/{all} 项</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="35"/>
        <source>Close and rate request {number}</source>
        <translation>关闭并评价请求 {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="37"/>
        <source>How did the {department} answer “{kind}”? Your rating is its score.</source>
        <translation>{department}对“{kind}”的答复如何？您的评价就是它的得分。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="43"/>
        <source>&amp;Good</source>
        <translation>满意(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="45"/>
        <source>&amp;Not good</source>
        <translation>不满意(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="60"/>
        <source>no score</source>
        <translation>不打分</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="73"/>
        <source>The answer was:</source>
        <translation>答复内容：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="74"/>
        <source>&amp;Score (1–5):</source>
        <translation>评分（1–5）(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="75"/>
        <source>&amp;Comment:</source>
        <translation>评语(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="79"/>
        <source>Close the request</source>
        <translation>关闭请求</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="79"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="93"/>
        <source>Required for “Not good”: the department learns from it.</source>
        <translation>选择“不满意”时必填：该部门可据此改进。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="96"/>
        <source>Optional.</source>
        <translation>选填。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/rating_dialog.py" line="104"/>
        <source>Choose “Good” or “Not good”.</source>
        <translation>请选择“满意”或“不满意”。</translation>
    </message>
</context>
<context>
    <name>RatingForm</name>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="88"/>
        <source>Rate a department</source>
        <translation>评价部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="91"/>
        <source>1 — very poor, 3 — acceptable, 5 — excellent</source>
        <translation>1 — 很差，3 — 尚可，5 — 优秀</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="94"/>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="116"/>
        <source>&amp;Submit ratings</source>
        <translation>提交评价(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="149"/>
        <source>No survey round is open now.</source>
        <translation>目前没有进行中的调查。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="151"/>
        <source>You have rated every department. Thank you!</source>
        <translation>您已评价所有部门。谢谢！</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="154"/>
        <source>Your name is not kept with the scores, only your department.</source>
        <translation>评分不会记录您的姓名，只记录您所在的部门。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="178"/>
        <source>Thank you: your ratings of {department} are saved.</source>
        <translation>谢谢：您对{department}的评价已保存。</translation>
    </message>
</context>
<context>
    <name>ReachedForm</name>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="98"/>
        <source>1 — very unhappy, 5 — delighted</source>
        <translation>1 — 非常不满意，5 — 非常满意</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="102"/>
        <source>What the client said about the car and us</source>
        <translation>客户对车辆和我们的评价</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="103"/>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="104"/>
        <source>Comment:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="115"/>
        <source>Call-back to {name}</source>
        <translation>回访 {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/contact_forms.py" line="117"/>
        <source>last time: {score} of 5</source>
        <translation>上次：{score}/5 分</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../desk_app/ui/requests/reject_dialog.py" line="26"/>
        <source>Reject request {number}</source>
        <translation>拒绝请求 {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/reject_dialog.py" line="27"/>
        <source>Why can the request not be served? The requester reads this.</source>
        <translation>为什么无法处理此请求？申请人会看到此说明。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/reject_dialog.py" line="32"/>
        <source>e.g. discontinued; ask for an analogue</source>
        <translation>例如：已停产；请询问替代件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/reject_dialog.py" line="35"/>
        <source>Re&amp;ject the request</source>
        <translation>拒绝请求(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/reject_dialog.py" line="35"/>
        <source>Back</source>
        <translation>返回</translation>
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
        <location filename="../../desk_app/ui/reports/area.py" line="55"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="61"/>
        <source>Orders</source>
        <translation>工单数</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="70"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="75"/>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="81"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="87"/>
        <source>Rated “good”, 90 days</source>
        <translation>评为“满意”（90 天）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="132"/>
        <source>Shop summary</source>
        <translation>门店概况</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="136"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="146"/>
        <source>Open work orders</source>
        <translation>未结维修工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="147"/>
        <source>Cars accepted today</source>
        <translation>今日接车</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="150"/>
        <source>Time to handover</source>
        <translation>交车用时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="173"/>
        <source>Open work orders by status</source>
        <translation>按状态统计未结维修工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="178"/>
        <source>Internal requests by department</source>
        <translation>按部门统计内部请求</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="182"/>
        <source>“Rated good” is the share of answers their requesters rated good. One “not good” weighs heavily: read what went wrong with that department.</source>
        <translation>“评为满意”指答复被申请方评为满意的比例。一次“不满意”分量很重：请查看该部门哪里出了问题。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="213"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="227"/>
        <source>as of {moment}</source>
        <translation>截至 {moment}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/reports/area.py" line="231"/>
        <source>%n ready for handover</source>
        <translation>
            <numerusform>%n 辆待交车</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="235"/>
        <source>{count} this month</source>
        <translation>本月 {count} 辆</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/reports/area.py" line="240"/>
        <location filename="../../desk_app/ui/reports/area.py" line="245"/>
        <source>%n order(s) handed over</source>
        <translation>
            <numerusform>已交车 %n 单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="241"/>
        <location filename="../../desk_app/ui/reports/area.py" line="246"/>
        <source>Revenue, {month}</source>
        <translation>{month}营收</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="255"/>
        <source>no cars handed over in the last 90 days</source>
        <translation>近 90 天无交车</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/reports/area.py" line="257"/>
        <source>average of %n car(s) handed over in 90 days</source>
        <translation>
            <numerusform>近 90 天交车 %n 辆的平均值</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="260"/>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/area.py" line="261"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
</context>
<context>
    <name>RequestArrivals</name>
    <message>
        <location filename="../../desk_app/ui/requests/arrivals.py" line="78"/>
        <source>New requests are not checked: the database does not answer. Trying again every {seconds} seconds.</source>
        <translation>无法检查新请求：数据库无响应。每 {seconds} 秒重试一次。</translation>
    </message>
</context>
<context>
    <name>RequestDetailPane</name>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="39"/>
        <source>&amp;Take</source>
        <translation>受理(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="40"/>
        <source>&amp;Answer…</source>
        <translation>答复(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="41"/>
        <source>Reser&amp;ve</source>
        <translation>预留(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="42"/>
        <source>&amp;Issue to order</source>
        <translation>发放到工单(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="43"/>
        <source>Re&amp;ject…</source>
        <translation>拒绝(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="44"/>
        <source>Cancel re&amp;quest</source>
        <translation>撤销请求(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="45"/>
        <source>C&amp;lose and rate…</source>
        <translation>关闭并评价(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="101"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="104"/>
        <source>Copy the VIN for the parts catalogue</source>
        <translation>复制 VIN，用于查询配件目录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="118"/>
        <source>From → to:</source>
        <translation>发起方 → 受理方：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="119"/>
        <source>Filed:</source>
        <translation>提交时间：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="120"/>
        <source>Needed by:</source>
        <translation>需要时间：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="121"/>
        <source>Promised by:</source>
        <translation>承诺时间：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="123"/>
        <source>Handled:</source>
        <translation>处理情况：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="124"/>
        <source>Work order:</source>
        <translation>维修工单：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="125"/>
        <source>Vehicle:</source>
        <translation>车辆：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="126"/>
        <source>VIN:</source>
        <translation>VIN：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="127"/>
        <source>Request:</source>
        <translation>请求内容：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="136"/>
        <source>Answers</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="161"/>
        <source>Choose a request in the list to see it here.</source>
        <translation>在列表中选择请求即可在此查看。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="200"/>
        <source>No. {number} · {kind}</source>
        <translation>编号 {number} · {kind}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="206"/>
        <source>{source} ({name}) → {target}</source>
        <translation>{source}（{name}）→ {target}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="233"/>
        <source>no agreed standard</source>
        <translation>无约定标准</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="237"/>
        <source>{moment} — overdue</source>
        <translation>{moment} — 已逾期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="242"/>
        <source>{moment} — answered late</source>
        <translation>{moment} — 答复超时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="253"/>
        <source>taken by {name} {moment}</source>
        <translation>{name} 于 {moment} 受理</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="259"/>
        <source>answered {moment}</source>
        <translation>{moment} 已答复</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="262"/>
        <source>closed {moment}</source>
        <translation>{moment} 已关闭</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="291"/>
        <source>Rejected: {reason}</source>
        <translation>已拒绝：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="293"/>
        <source>Good</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="293"/>
        <source>Not good</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_pane.py" line="296"/>
        <source>Rated: {verdict}</source>
        <translation>评价：{verdict}</translation>
    </message>
</context>
<context>
    <name>RequestFormDialog</name>
    <message>
        <location filename="../../desk_app/ui/requests/form_dialog.py" line="23"/>
        <source>Reloa&amp;d the request</source>
        <translation>重新载入请求(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form_dialog.py" line="32"/>
        <source>The request now shows the other changes. Your input is kept: check it and send again.</source>
        <translation>请求现已显示他人的更改。您的输入已保留：请检查后重新发送。</translation>
    </message>
</context>
<context>
    <name>RequestItems</name>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="28"/>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="29"/>
        <source>No</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="34"/>
        <source>Issued {moment}</source>
        <translation>已发放 {moment}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="38"/>
        <source>Reserved {moment}</source>
        <translation>已预留 {moment}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="59"/>
        <source>Part number</source>
        <translation>零件号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="60"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="61"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="62"/>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="64"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="66"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="67"/>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="68"/>
        <source>Arrives</source>
        <translation>到货时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="69"/>
        <source>Reserved / issued</source>
        <translation>已预留/已发放</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="111"/>
        <source>{moment}, {name}</source>
        <translation>{moment}，{name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="118"/>
        <source>total {amount}</source>
        <translation>合计 {amount}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail_items.py" line="124"/>
        <source>arrives {moment}</source>
        <translation>预计到货 {moment}</translation>
    </message>
</context>
<context>
    <name>RequestPromise</name>
    <message>
        <location filename="../../desk_app/ui/requests/promise_text.py" line="20"/>
        <source>Parts will answer by {due}.</source>
        <translation>配件部将于 {due} 前答复。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/promise_text.py" line="21"/>
        <source>Finance will answer by {due}.</source>
        <translation>财务部将于 {due} 前答复。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/promise_text.py" line="22"/>
        <source>The workshop will answer by {due}.</source>
        <translation>车间将于 {due} 前答复。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/promise_text.py" line="25"/>
        <source>Reception will answer by {due}.</source>
        <translation>前台接待将于 {due} 前答复。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/promise_text.py" line="28"/>
        <source>Management will answer by {due}.</source>
        <translation>管理层将于 {due} 前答复。</translation>
    </message>
</context>
<context>
    <name>RequestQueue</name>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="271"/>
        <source>Nobody has asked your departments for anything yet.</source>
        <translation>尚无人向您的部门提出请求。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="272"/>
        <source>No open requests to your departments.</source>
        <translation>您的部门没有未结请求。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="274"/>
        <source>You have not filed any requests yet.</source>
        <translation>您尚未提交任何请求。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="275"/>
        <source>None of your requests is open.</source>
        <translation>您没有未结的请求。</translation>
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
    <name>RequestSteps</name>
    <message>
        <location filename="../../desk_app/ui/requests/request_steps.py" line="65"/>
        <source>Issue to the order</source>
        <translation>发放至工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/request_steps.py" line="67"/>
        <source>Put the parts in stock onto order {number} as its part lines, with their prices?</source>
        <translation>将有货的配件连同价格作为配件项加入工单 {number}？</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/request_steps.py" line="70"/>
        <source>Issue</source>
        <translation>发放</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/request_steps.py" line="75"/>
        <location filename="../../desk_app/ui/requests/request_steps.py" line="79"/>
        <source>Cancel the request</source>
        <translation>取消请求</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/request_steps.py" line="76"/>
        <source>Cancel request {number}? The department stops working on it.</source>
        <translation>取消请求 {number}？受理部门将停止处理。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/request_steps.py" line="89"/>
        <source>You took request {number}.</source>
        <translation>您已受理请求 {number}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/request_steps.py" line="96"/>
        <source>Parts reserved for request {number}: {count}.</source>
        <translation>已为请求 {number} 预留配件：{count}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/request_steps.py" line="104"/>
        <source>Parts issued to order {order}: {count}.</source>
        <translation>已向工单 {order} 发放配件：{count}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/request_steps.py" line="112"/>
        <source>Request {number} cancelled.</source>
        <translation>请求 {number} 已取消。</translation>
    </message>
</context>
<context>
    <name>RequestsArea</name>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="62"/>
        <source>{status}, overdue</source>
        <translation>{status}，已逾期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="72"/>
        <source>Good</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="74"/>
        <source>Not good</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="117"/>
        <source>From</source>
        <translation>发起部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="122"/>
        <source>To</source>
        <translation>受理部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="127"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="133"/>
        <source>Due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="138"/>
        <source>Needed by</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="142"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="144"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="145"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="147"/>
        <source>Work order</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="150"/>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/queue.py" line="175"/>
        <source>Filed {moment} by {name} ({department})</source>
        <translation>{name}（{department}）于 {moment} 提交</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="55"/>
        <source>Show &amp;closed</source>
        <translation>显示已关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="57"/>
        <source>Also list requests that were closed, rejected or cancelled</source>
        <translation>同时列出已关闭、已拒绝或已取消的请求</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="82"/>
        <source>Scorecards</source>
        <translation>服务评分卡</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="83"/>
        <source>Survey</source>
        <translation>问卷调查</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="84"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="98"/>
        <source>&amp;New request…</source>
        <translation>新建请求(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="100"/>
        <source>Ask parts, finance or the workshop (Ctrl+N)</source>
        <translation>向配件部、财务部或车间提出请求 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="105"/>
        <source>&amp;Print slip</source>
        <translation>打印请求单(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="107"/>
        <source>Print the chosen request for its counter (Ctrl+P)</source>
        <translation>打印所选请求，交受理部门 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="134"/>
        <source>Requests</source>
        <translation>内部请求</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="238"/>
        <source>Request {number} filed.</source>
        <translation>请求 {number} 已提交。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="248"/>
        <source>New request from {request}</source>
        <translation>新请求：{request}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="262"/>
        <source>Choose a request in the list to print its slip.</source>
        <translation>请在列表中选择一个请求以打印请求单。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="270"/>
        <source>Request slip</source>
        <translation>请求单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="280"/>
        <source>Incoming</source>
        <translation>收到的请求</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="280"/>
        <source>My requests</source>
        <translation>我的请求</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="285"/>
        <source>{count} new</source>
        <translation>新 {count} 条</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="288"/>
        <source>{overdue} overdue</source>
        <translation>逾期 {overdue} 条</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="291"/>
        <source>{count} answered, to rate</source>
        <translation>待评价 {count} 条</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/area.py" line="293"/>
        <source>{name} ({notes})</source>
        <translation>{name}（{notes}）</translation>
    </message>
</context>
<context>
    <name>RequestsSection</name>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="176"/>
        <source>Ask parts / finance…</source>
        <translation>询问配件部/财务部…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="179"/>
        <source>File a request about this car to another department</source>
        <translation>就此车辆向其他部门提交请求</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="190"/>
        <source>Nobody has asked another department about this car yet.</source>
        <translation>尚无人就此车辆向其他部门提出请求。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="279"/>
        <source>No. {id} · {kind} · filed {moment} by {name}</source>
        <translation>编号 {id} · {kind} · {name} 于 {moment} 提交</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="290"/>
        <source>Answer ({name}, {moment}):</source>
        <translation>答复（{name}，{moment}）：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="294"/>
        <source>Answer:</source>
        <translation>答复：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="299"/>
        <source>No answer yet; promised by {moment}.</source>
        <translation>尚未答复；承诺于 {moment} 前答复。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="308"/>
        <source>Requests about this car: {count}</source>
        <translation>此车辆的请求：{count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="312"/>
        <source>overdue now: {count}</source>
        <translation>当前逾期：{count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/orders/requests_section.py" line="314"/>
        <source>answered late: {count}</source>
        <translation>超时答复：{count}</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_lists.py" line="82"/>
        <source>No internal request concerned this client&apos;s orders.</source>
        <translation>此客户的工单没有相关的内部请求。</translation>
    </message>
</context>
<context>
    <name>ResultsBox</name>
    <message>
        <location filename="../../desk_app/ui/requests/survey_results.py" line="155"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_results.py" line="183"/>
        <source>&amp;Round:</source>
        <translation>轮次(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_results.py" line="207"/>
        <source>Results appear here when a round is closed.</source>
        <translation>本轮调查结束后，结果将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_results.py" line="217"/>
        <source>Nobody answered in this round.</source>
        <translation>本轮无人作答。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_results.py" line="219"/>
        <source>Nobody rated your department in this round.</source>
        <translation>本轮无人评价您的部门。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_results.py" line="227"/>
        <source>&lt;b&gt;{department}&lt;/b&gt; — to improve: {criteria}</source>
        <translation>&lt;b&gt;{department}&lt;/b&gt; — 待改进：{criteria}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_results.py" line="238"/>
        <source>Hover a mean to see it by rating department; a department is shown apart only when at least three of its people answered.</source>
        <translation>将鼠标悬停在平均分上，可查看各评价部门给出的分数；某部门至少有三人作答时才单独显示。</translation>
    </message>
</context>
<context>
    <name>SaveRetry</name>
    <message>
        <location filename="../../desk_app/ui/save_retry.py" line="80"/>
        <source>Retry &amp;now</source>
        <translation>立即重试(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/save_retry.py" line="84"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/save_retry.py" line="128"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/save_retry.py" line="157"/>
        <source>Retrying in {seconds} s…</source>
        <translation>{seconds} 秒后重试…</translation>
    </message>
</context>
<context>
    <name>ScorecardPage</name>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="48"/>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="49"/>
        <source>Last 90 days</source>
        <translation>近 90 天</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="50"/>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="66"/>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="70"/>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="73"/>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="80"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="86"/>
        <source>Cars held up</source>
        <translation>受耽误车辆</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="92"/>
        <source>Late answers</source>
        <translation>超时答复</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="98"/>
        <source>Late hours</source>
        <translation>超时小时数</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="234"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="236"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="239"/>
        <source>How the departments serve each other</source>
        <translation>各部门之间的服务情况</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="246"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="251"/>
        <source>No department received requests in this period.</source>
        <translation>此期间没有部门收到请求。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="265"/>
        <source>Cars ready after the time promised to the client, while a request to the department was answered late (or is still unanswered). The chain is no stronger than its weakest link.</source>
        <translation>晚于承诺交车时间才完工、且期间向该部门提出的请求答复超时（或仍未答复）的车辆。链条的强度取决于最薄弱的一环。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="290"/>
        <source>The weakest link</source>
        <translation>最薄弱环节</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="351"/>
        <source>No car was held up by a late answer in this period.</source>
        <translation>此期间没有车辆因答复超时而受耽误。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/requests/scorecard_page.py" line="353"/>
        <source>The weakest link: {department}. Its late answers held up %n car(s), {hours} h late in all.</source>
        <translation>
            <numerusform>最薄弱环节：{department}。其超时答复耽误了 %n 辆车，累计超时 {hours} 小时。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../desk_app/ui/intake/search_results.py" line="31"/>
        <source>No car on file</source>
        <translation>无车辆记录</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseForm</name>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="75"/>
        <source>e.g. db.shop.local or 192.168.1.10</source>
        <translation>例如：db.shop.local 或 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="84"/>
        <source>Kept in this computer&apos;s keyring, never in the settings file.</source>
        <translation>保存在本机的密钥环中，不会写入设置文件。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="86"/>
        <source>This computer has no keyring: the password is asked at each start.</source>
        <translation>本机没有密钥环：每次启动时都需要输入密码。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="90"/>
        <location filename="../../desk_app/ui/database_dialog.py" line="182"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="102"/>
        <source>Server (&amp;host):</source>
        <translation>服务器（主机）(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="103"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="104"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="105"/>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="106"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="159"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="168"/>
        <source>Name the computer the database server runs on.</source>
        <translation>请填写运行数据库服务器的计算机。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="170"/>
        <source>Name the database on that server.</source>
        <translation>请填写该服务器上的数据库名称。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/database_dialog.py" line="172"/>
        <source>Name the user the desk connects as.</source>
        <translation>请填写工作台连接时使用的用户名。</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="65"/>
        <source>e.g. ООО or ИП</source>
        <translation>例如：ООО 或 ИП</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="66"/>
        <source>10 digits, or 12 for an entrepreneur</source>
        <translation>10 位数字，个体经营者为 12 位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="68"/>
        <source>13 digits, or 15 for an entrepreneur</source>
        <translation>13 位数字，个体经营者为 15 位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="78"/>
        <source>Choose logo…</source>
        <translation>选择徽标…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="80"/>
        <source>Remove logo</source>
        <translation>移除徽标</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="82"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="84"/>
        <source>Reload the saved details</source>
        <translation>重新载入已保存的信息</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="102"/>
        <source>How the shop is named on every printed act, sheet and letter.</source>
        <translation>门店在所有打印的单据和信函上显示的信息。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="114"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="115"/>
        <source>&amp;Legal form:</source>
        <translation>组织形式(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="116"/>
        <source>&amp;INN:</source>
        <translation>INN(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="117"/>
        <source>&amp;OGRN / OGRNIP:</source>
        <translation>OGRN / OGRNIP(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="118"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="119"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="120"/>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="124"/>
        <source>Logo:</source>
        <translation>徽标：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="126"/>
        <source>&amp;Warranty text:</source>
        <translation>质保条款(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="202"/>
        <source>The shop&apos;s details are saved.</source>
        <translation>门店信息已保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="209"/>
        <source>Choose the shop&apos;s logo</source>
        <translation>选择门店徽标</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="209"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="220"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="234"/>
        <source>No logo</source>
        <translation>无徽标</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/shop_page.py" line="244"/>
        <source>Not a PNG image</source>
        <translation>不是 PNG 图片</translation>
    </message>
</context>
<context>
    <name>ShopTimeline</name>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_items.py" line="123"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_items.py" line="125"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_items.py" line="130"/>
        <location filename="../../desk_app/ui/timeline/gantt_appointments.py" line="77"/>
        <source>Client:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_items.py" line="132"/>
        <location filename="../../desk_app/ui/timeline/gantt_appointments.py" line="78"/>
        <source>Vehicle:</source>
        <translation>车辆：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_items.py" line="135"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_items.py" line="136"/>
        <source>Accepted:</source>
        <translation>接车时间：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_items.py" line="137"/>
        <source>Promised:</source>
        <translation>承诺时间：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_rulers.py" line="115"/>
        <location filename="../../desk_app/ui/timeline/gantt_appointments.py" line="87"/>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_rulers.py" line="122"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_rulers.py" line="125"/>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_appointments.py" line="71"/>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="63"/>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_appointments.py" line="74"/>
        <source>Booked for:</source>
        <translation>预约时间：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_appointments.py" line="79"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_toolbar.py" line="61"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_layout.py" line="55"/>
        <source>No bay</source>
        <translation>无工位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_layout.py" line="56"/>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>ShopTimelineWidget</name>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="137"/>
        <source>Bays</source>
        <translation>工位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="137"/>
        <source>Mechanics</source>
        <translation>技师</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="147"/>
        <source>%n car(s)</source>
        <translation>
            <numerusform>%n 辆车</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="149"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 辆逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="151"/>
        <source>%n booked</source>
        <translation>
            <numerusform>%n 个预约</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="220"/>
        <source>Order {number} moved to {lane}.</source>
        <translation>工单 {number} 已移至 {lane}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/gantt_view.py" line="222"/>
        <source>Order {number}: works handed over to {lane}.</source>
        <translation>工单 {number}：维修项目已转交给 {lane}。</translation>
    </message>
</context>
<context>
    <name>ShopWatcher</name>
    <message>
        <location filename="../../desk_app/ui/live_updates.py" line="122"/>
        <source>Live updates paused: the database does not answer. Trying again every {seconds} seconds.</source>
        <translation>实时更新已暂停：数据库无响应。每 {seconds} 秒重试一次。</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="43"/>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="45"/>
        <source>Change {name}</source>
        <translation>更改 {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="53"/>
        <source>Surname, first name and patronymic</source>
        <translation>姓、名及父称</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="55"/>
        <source>e.g. Senior receptionist</source>
        <translation>例如：高级服务接待</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="71"/>
        <source>Leave empty to keep the password</source>
        <translation>留空则保留原密码</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="84"/>
        <source>Full &amp;name:</source>
        <translation>全名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="86"/>
        <source>&amp;Position:</source>
        <translation>职位(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="87"/>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="91"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="91"/>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="93"/>
        <source>&amp;Repeat password:</source>
        <translation>重复密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="98"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="98"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="122"/>
        <source>Department: {department}</source>
        <translation>部门：{department}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_dialog.py" line="129"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="50"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="51"/>
        <source>Retired</source>
        <translation>已离职</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="56"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="62"/>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="68"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="74"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="80"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="121"/>
        <source>&amp;Add person…</source>
        <translation>添加人员(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="123"/>
        <source>&amp;Change…</source>
        <translation>更改(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="124"/>
        <source>Change the position, roles or password</source>
        <translation>更改职位、角色或密码</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="126"/>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="233"/>
        <source>&amp;Retire</source>
        <translation>设为离职(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="198"/>
        <source>{name} is back at work.</source>
        <translation>{name} 已恢复在职。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="198"/>
        <source>{name} is retired.</source>
        <translation>{name} 已设为离职。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="221"/>
        <source>{name} was added.</source>
        <translation>已添加 {name}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="221"/>
        <source>{name} was changed.</source>
        <translation>已更改 {name}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/staff_page.py" line="233"/>
        <source>&amp;Bring back</source>
        <translation>恢复在职(&amp;B)</translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="47"/>
        <source>every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="48"/>
        <source>once</source>
        <translation>仅一次</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="52"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="53"/>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/closed_days_box.py" line="54"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="31"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="32"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="33"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="34"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="35"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="36"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="37"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="74"/>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="76"/>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="77"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="111"/>
        <source>no window: never served</source>
        <translation>无服务时段：永不受理</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="117"/>
        <source>{first} and {second}</source>
        <translation>{first} 和 {second}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="57"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="62"/>
        <source>Request</source>
        <translation>请求类型</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="67"/>
        <source>Response time</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="72"/>
        <source>Service windows</source>
        <translation>服务时段</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="117"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="118"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="128"/>
        <source>Reload the saved standard</source>
        <translation>重新载入已保存的标准</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="131"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="132"/>
        <source>Show the saved standard again</source>
        <translation>重新显示已保存的标准</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="134"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="160"/>
        <source>Response time:</source>
        <translation>响应时限：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="165"/>
        <source>Counted only inside the windows, on days the shop is open.</source>
        <translation>仅计算营业日服务时段内的时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="177"/>
        <source>Service windows:</source>
        <translation>服务时段：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="188"/>
        <source>What each department promises the others: a request is answered within its response time, counted in the department&apos;s service windows. A request filed outside them waits for the next window.</source>
        <translation>各部门对其他部门的承诺：请求在响应时限内得到答复，时限按该部门的服务时段计算。在服务时段外提交的请求将顺延至下一个服务时段。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="230"/>
        <source>Save or revert this change first.</source>
        <translation>请先保存或还原此更改。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="263"/>
        <source>The standard for &quot;{kind}&quot; is saved.</source>
        <translation>“{kind}”的标准已保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="318"/>
        <source>A request filed now would never be answered: it has no window.</source>
        <translation>现在提交的请求将永远得不到答复：没有服务时段。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="321"/>
        <source>A request filed now would wait for the window at {opens} and be answered by {due}.</source>
        <translation>现在提交的请求将等待 {opens} 开始的服务时段，并于 {due} 前得到答复。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="324"/>
        <source>A request filed now would be answered by {due}.</source>
        <translation>现在提交的请求将于 {due} 前得到答复。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_page.py" line="326"/>
        <source>(By the saved standard: save to see the new one.)</source>
        <translation>（按已保存的标准计算：保存后可查看新标准的结果。）</translation>
    </message>
</context>
<context>
    <name>StatusBoard</name>
    <message>
        <location filename="../../desk_app/ui/timeline/cards.py" line="52"/>
        <source>No promised time</source>
        <translation>无承诺交车时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/cards.py" line="76"/>
        <source>today {time}</source>
        <translation>今天 {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/cards.py" line="78"/>
        <source>tomorrow {time}</source>
        <translation>明天 {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/cards.py" line="100"/>
        <source>Due {when}</source>
        <translation>承诺交车：{when}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="69"/>
        <source>No bay yet</source>
        <translation>暂无工位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="110"/>
        <source>No cars</source>
        <translation>无车辆</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="141"/>
        <source>Status board</source>
        <translation>状态看板</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="145"/>
        <source>All open orders</source>
        <translation>全部未结工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="146"/>
        <source>Today&apos;s orders</source>
        <translation>今日工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="147"/>
        <source>Cars accepted today or promised for today</source>
        <translation>今日接车或承诺今日交车的车辆</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="259"/>
        <source>Cars: {count}</source>
        <translation>车辆：{count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/board.py" line="261"/>
        <source>Overdue: {count}</source>
        <translation>已逾期：{count}</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="197"/>
        <source>Round title, e.g. Autumn 2026</source>
        <translation>轮次名称，例如：2026 年秋季</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="199"/>
        <source>&amp;Open a round</source>
        <translation>开始新一轮(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="202"/>
        <source>C&amp;lose the round</source>
        <translation>结束本轮(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="234"/>
        <source>No survey round is open.</source>
        <translation>没有进行中的调查轮次。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="237"/>
        <source>The survey “{title}” is open since {moment}.</source>
        <translation>调查“{title}”自 {moment} 起进行中。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="266"/>
        <source>Close the round</source>
        <translation>结束本轮</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_page.py" line="268"/>
        <source>Close “{title}”? Nobody can rate in it afterwards, and its results are shown.</source>
        <translation>结束“{title}”？结束后将无法再评价，并会显示结果。</translation>
    </message>
</context>
<context>
    <name>SurveyResults</name>
    <message>
        <location filename="../../desk_app/ui/requests/survey_results.py" line="63"/>
        <source>Criterion</source>
        <translation>评价项</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_results.py" line="86"/>
        <source>raters: {count}</source>
        <translation>评价人数：{count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_results.py" line="101"/>
        <source>{department} ({count}): {mean}</source>
        <translation>{department}（{count}）：{mean}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_results.py" line="110"/>
        <source>raters not shown by department, to keep them anonymous: {count}</source>
        <translation>为保护匿名而未按部门显示的评价人数：{count}</translation>
    </message>
</context>
<context>
    <name>SurveyWords</name>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="16"/>
        <source>Competence</source>
        <translation>专业能力</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="17"/>
        <source>Accessibility</source>
        <translation>易于联系</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="18"/>
        <source>Courtesy</source>
        <translation>礼貌</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="19"/>
        <source>Reliability</source>
        <translation>可靠性</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="20"/>
        <source>Safety</source>
        <translation>安全性</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="21"/>
        <source>Responsibility</source>
        <translation>责任心</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="22"/>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="23"/>
        <source>Understanding the customer</source>
        <translation>理解客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="24"/>
        <source>Tangibles</source>
        <translation>有形展示</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="28"/>
        <source>Knows the job and has the skills to do it.</source>
        <translation>熟悉业务，具备完成工作的技能。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="31"/>
        <source>Easy to reach: answers the phone, is there when needed.</source>
        <translation>容易联系：接听电话，需要时能找到人。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="34"/>
        <source>Polite, respectful and friendly with us.</source>
        <translation>对我们礼貌、尊重、友好。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="37"/>
        <source>Does what was promised, right the first time and on time.</source>
        <translation>说到做到，一次做对，按时完成。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="40"/>
        <source>Cars, money and data are safe in their hands.</source>
        <translation>车辆、钱款和数据交给他们很放心。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="43"/>
        <source>Takes our problem as their own and sees it through.</source>
        <translation>把我们的问题当作自己的问题，负责到底。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="46"/>
        <source>Keeps us informed in plain words, and listens.</source>
        <translation>用通俗易懂的话及时告知我们，并倾听我们的意见。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="49"/>
        <source>Knows what we need and why we ask.</source>
        <translation>了解我们需要什么、为什么提出请求。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/survey_words.py" line="52"/>
        <source>Tidy workplace, working tools, clear paperwork.</source>
        <translation>工作场所整洁，工具完好，单据清楚。</translation>
    </message>
</context>
<context>
    <name>TierTableBox</name>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="88"/>
        <source>Reload the saved table</source>
        <translation>重新载入已保存的表格</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="91"/>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="92"/>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="93"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="94"/>
        <source>Show the saved table again</source>
        <translation>重新显示已保存的表格</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="95"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="156"/>
        <source>&quot;{table}&quot; is saved.</source>
        <translation>“{table}”已保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="206"/>
        <source>Type an order value above to see its discount.</source>
        <translation>在上方输入工单金额以查看对应折扣。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="210"/>
        <source>no discount</source>
        <translation>无折扣</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="212"/>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="215"/>
        <source>A car bought here gets {extra} % more.</source>
        <translation>在本店购买的车辆额外享受 {extra}% 折扣。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/loyalty_page.py" line="230"/>
        <source>Row {row}: {message}</source>
        <translation>第 {row} 行：{message}</translation>
    </message>
</context>
<context>
    <name>TimelineArea</name>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="57"/>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="59"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="65"/>
        <source>Promised</source>
        <translation>承诺时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="66"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="67"/>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="68"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="69"/>
        <source>Bay</source>
        <translation>工位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="70"/>
        <source>Master</source>
        <translation>车间主管</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/order_list.py" line="72"/>
        <source>Accepted</source>
        <translation>接车时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/area.py" line="56"/>
        <source>My work</source>
        <translation>我的工作</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/area.py" line="62"/>
        <source>Cars in the shop</source>
        <translation>在厂车辆</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/area.py" line="83"/>
        <location filename="../../desk_app/ui/timeline/area.py" line="94"/>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/area.py" line="84"/>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/area.py" line="85"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/area.py" line="113"/>
        <source>{count} overdue</source>
        <translation>{count} 辆已逾期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/timeline/area.py" line="113"/>
        <source>None overdue</source>
        <translation>无逾期</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="40"/>
        <source>appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="41"/>
        <source>the journal of changes</source>
        <translation>变更日志</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="42"/>
        <source>bays</source>
        <translation>工位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="43"/>
        <source>intake checklists</source>
        <translation>接车检查单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="44"/>
        <source>clients&apos; approvals</source>
        <translation>客户确认</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="45"/>
        <source>phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="46"/>
        <source>client cards</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="47"/>
        <source>holidays</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="48"/>
        <source>calls to clients</source>
        <translation>客户联系记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="49"/>
        <source>damage marks</source>
        <translation>损伤标记</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="50"/>
        <source>departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="51"/>
        <source>discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="52"/>
        <source>inspection results</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="53"/>
        <source>intake drafts</source>
        <translation>接车草稿</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="54"/>
        <source>internal requests</source>
        <translation>内部请求</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="55"/>
        <source>joint goals</source>
        <translation>共同目标</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="56"/>
        <source>labour lines</source>
        <translation>维修项目明细</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="57"/>
        <source>the price list</source>
        <translation>价目表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="58"/>
        <source>part lines</source>
        <translation>配件明细</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="59"/>
        <source>quality checks</source>
        <translation>质检记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="60"/>
        <source>answers to requests</source>
        <translation>请求答复</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="61"/>
        <source>requested parts</source>
        <translation>请求的配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="62"/>
        <source>service standards</source>
        <translation>约定标准</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="63"/>
        <source>service windows</source>
        <translation>服务时段</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="64"/>
        <source>the shop&apos;s settings</source>
        <translation>门店设置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="65"/>
        <source>staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="66"/>
        <source>staff roles</source>
        <translation>员工角色</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="67"/>
        <source>status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="68"/>
        <source>survey answers</source>
        <translation>调查答卷</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="69"/>
        <source>surveys</source>
        <translation>调查</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="70"/>
        <source>survey scores</source>
        <translation>调查评分</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="71"/>
        <source>cars</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="72"/>
        <source>work orders</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="118"/>
        <source>Move the shop to the shared database</source>
        <translation>将门店迁移到共享数据库</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="122"/>
        <source>Every client card, car, work order, appointment, internal request and staff account of this desk is copied to the shared database, and the copy is checked table by table. The shared database must be empty. This desk keeps its own file untouched; if the copy fails or you cancel it, nothing is left on the server.</source>
        <translation>本工作台的所有客户档案、车辆、维修工单、预约、内部请求和员工账户都将复制到共享数据库，并逐表核对副本。共享数据库必须为空。本工作台自己的数据文件保持不变；如果复制失败或您取消复制，服务器上不会留下任何数据。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="131"/>
        <source>From:</source>
        <translation>源：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="132"/>
        <source>To:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="137"/>
        <source>Press Start when no one is changing data here.</source>
        <translation>请在无人修改此处数据时点击“开始”。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="144"/>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="292"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="146"/>
        <source>Use the shared database from the next start</source>
        <translation>下次启动时使用共享数据库</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="148"/>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="296"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="190"/>
        <source>Connecting to the shared database…</source>
        <translation>正在连接共享数据库…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="198"/>
        <source>Cancelling… the shared database is put back.</source>
        <translation>正在取消…共享数据库正在还原为原状。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="206"/>
        <source>Preparing the shared database: {total} rows to copy…</source>
        <translation>正在准备共享数据库：需复制 {total} 行…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="210"/>
        <source>Checking the copy: counting the rows on both sides…</source>
        <translation>正在核对副本：统计两侧的行数…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="212"/>
        <source>Copying {what}… {done} of {total} rows</source>
        <translation>正在复制{what}…（{done}/{total} 行）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="223"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="227"/>
        <source>{rows} rows in {tables} tables copied and checked in {seconds} s. The shared database now holds this desk&apos;s shop.</source>
        <translation>已在 {seconds} 秒内复制并核对 {tables} 个表中的 {rows} 行。共享数据库现已包含本工作台的门店数据。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="245"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="247"/>
        <source>The shop was not moved.</source>
        <translation>门店未迁移。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="292"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/transfer_dialog.py" line="296"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_chart.py" line="45"/>
        <source>Solid line: share answered within the agreed standard. Dashed line: share rated “good”. Per week, in per cent.</source>
        <translation>实线：在约定标准内答复的比例。虚线：评为“满意”的比例。按周统计，单位为百分比。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_chart.py" line="52"/>
        <source>Week by week</source>
        <translation>每周趋势</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_chart.py" line="67"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/scorecard_chart.py" line="97"/>
        <source>{department}: rated good</source>
        <translation>{department}：满意率</translation>
    </message>
</context>
<context>
    <name>VehicleFormDialog</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="64"/>
        <source>Edit the car</source>
        <translation>编辑车辆</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="64"/>
        <source>Add a car</source>
        <translation>添加车辆</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="69"/>
        <source>Make</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="70"/>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="71"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="72"/>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="73"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="74"/>
        <source>Engine number</source>
        <translation>发动机号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="75"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="83"/>
        <source>Bought at this station</source>
        <translation>在本店购买</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="212"/>
        <source>This car is no longer on the client&apos;s card.</source>
        <translation>此车辆已不在该客户档案中。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicle_form.py" line="237"/>
        <source>Your input is kept. Save to replace what the other desk saved.</source>
        <translation>您的输入已保留。保存即可覆盖其他工作台保存的内容。</translation>
    </message>
</context>
<context>
    <name>VehicleSection</name>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="49"/>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="57"/>
        <source>Other car…</source>
        <translation>其他车辆…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="75"/>
        <source>17 characters</source>
        <translation>17 位字符</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="76"/>
        <source>А123ВС77</source>
        <translation>А123ВС77</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="83"/>
        <source>&amp;Make</source>
        <translation>品牌(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="84"/>
        <source>Mo&amp;del</source>
        <translation>车型(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="85"/>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="86"/>
        <source>&amp;Plate</source>
        <translation>车牌号(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="87"/>
        <source>&amp;VIN</source>
        <translation>VIN(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="88"/>
        <source>&amp;Engine number</source>
        <translation>发动机号(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="89"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="167"/>
        <source>VIN {vin}</source>
        <translation>VIN {vin}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="170"/>
        <source>First visit: no odometer reading on file</source>
        <translation>首次到店：无里程记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="172"/>
        <source>Last odometer: {km} km</source>
        <translation>上次里程：{km} 公里</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="195"/>
        <source>From the VIN: {what}</source>
        <translation>根据 VIN：{what}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/vehicle_section.py" line="215"/>
        <source>The year of manufacture is from {first} to {last}.</source>
        <translation>出厂年份应在 {first} 至 {last} 之间。</translation>
    </message>
</context>
<context>
    <name>VehiclesTab</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="113"/>
        <source>&amp;Edit car…</source>
        <translation>编辑车辆(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="116"/>
        <source>&amp;Add car…</source>
        <translation>添加车辆(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="208"/>
        <source>No car on file.</source>
        <translation>未登记车辆。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/clients/card_vehicles.py" line="219"/>
        <source>Next service: not available in this version.</source>
        <translation>下次保养：此版本暂不支持。</translation>
    </message>
</context>
<context>
    <name>VisitsTable</name>
    <message>
        <location filename="../../desk_app/ui/clients/card_visits.py" line="80"/>
        <source>Double-click a visit to open its work order.</source>
        <translation>双击到店记录可打开其维修工单。</translation>
    </message>
</context>
<context>
    <name>WindowRow</name>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="168"/>
        <source>Opens</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="169"/>
        <source>Closes</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="176"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>WindowsEditor</name>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="197"/>
        <source>No windows: requests of this kind are never served.</source>
        <translation>无服务时段：此类请求永远不会被受理。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="198"/>
        <source>Add window</source>
        <translation>添加时段</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="200"/>
        <source>Add Mon–Fri 09:00–18:00</source>
        <translation>添加周一–周五 09:00–18:00</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="201"/>
        <source>The usual working week in one row</source>
        <translation>用一行添加常规工作周</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="246"/>
        <source>Type the times as hh:mm, from 00:00 to 24:00.</source>
        <translation>时间格式为 hh:mm，范围 00:00 至 24:00。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/standards_editor.py" line="248"/>
        <source>Tick the days of every window.</source>
        <translation>请为每个时段勾选日期。</translation>
    </message>
</context>
<context>
    <name>WorksSection</name>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="72"/>
        <source>Works and the client&apos;s parts</source>
        <translation>维修项目及客户自带配件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="79"/>
        <source>Add a work: type a code or a name from the price list, or any text; Enter</source>
        <translation>添加维修项目：输入价目表中的编码或名称，或任意文字；按 Enter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="94"/>
        <source>Remove the selected work (Del)</source>
        <translation>删除所选维修项目 (Del)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="106"/>
        <source>Add a part the client brought: its name; Enter</source>
        <translation>添加客户自带配件：输入名称；按 Enter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="112"/>
        <source>Remove the selected part (Del)</source>
        <translation>删除所选配件 (Del)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="117"/>
        <source>Parts supplied by the client (not charged)</source>
        <translation>客户自带配件（不计费）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="136"/>
        <source>Work {number}</source>
        <translation>维修项目 {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="139"/>
        <source>Part {number}</source>
        <translation>配件 {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="152"/>
        <source>{code}  {name} — {hours} h</source>
        <translation>{code}  {name} — {hours} 小时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="225"/>
        <source>Total: {hours} h, {amount}</source>
        <translation>合计：{hours} 小时，{amount}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake/works_section.py" line="229"/>
        <source>No works yet</source>
        <translation>暂无维修项目</translation>
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
        <translation>保存</translation>
    </message>
</context>
</TS>
