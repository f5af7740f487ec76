"""Printed documents (acceptance act, workshop sheet, handover sheet…) made with reportlab.

Documents take plain data from the services and return PDF bytes; they never query the
database.
"""
