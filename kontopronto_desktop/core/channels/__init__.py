"""Delivery and payment channels beyond e-mail and print: EHF/PEPPOL, eFaktura and AvtaleGiro."""
