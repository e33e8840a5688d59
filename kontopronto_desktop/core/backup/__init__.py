"""Hosted backup and sync: encrypted snapshots of the store on an S3-compatible object store.

``snapshot`` takes a consistent copy of the live store, ``crypto`` encrypts it in
authenticated chunks under a key the server never sees, ``manifest`` describes each snapshot,
``remote`` talks to the server (boto3), ``sync`` pushes and pulls generations between PCs,
``restore`` checks a download before anything is replaced and ``retention`` prunes old ones.
"""
