"""Reference data of the demo shop, in Russian where the shop would write it.

Plain data only; the generator picks from it. ``cars``: makes, models and how their VINs,
plates and colours look. ``names``: people, companies and how to reach them, and the shop's
own staff and bays. ``works``: operations, parts, prices and why cars come in. ``texts``: the
words people write at the desk: inspection, damage, statuses, requests and their answers.
"""
