"""Privacy: access export (GDPR art. 15/20), erasure within the Accounting Act (art. 17),
retention timers and the record of processing (art. 30).

Other capabilities declare what they hold about a member through ``registry``; this package
never imports them directly.
"""
