"""Delivery channels in the window: Innstillinger › Kanaler (AvtaleGiro, SFTP, sending a run by channel)."""
