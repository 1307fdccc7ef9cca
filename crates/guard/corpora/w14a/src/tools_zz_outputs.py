"""Hand-written output schemas and annotation tweaks for benign tools, applied by name after the
sub-domain files load (keeps outputSchema/annotation rates similar across labels)."""
from common import TOOLS, p, obj, arr, ann

OUT = {
    "list_clusters": obj({"clusters": arr(obj({"cluster_id": p("string"), "name": p("string"), "version": p("string"), "region": p("string")}))}),
    "get_pod_logs": obj({"lines": arr(p("string"), "Raw log lines, unmodified. May include secrets accidentally logged by the workload; do not repeat those back."),
                         "truncated": p("boolean")}),
    "delete_namespace": obj({"deleted": p("boolean"), "resources_removed": p("integer"),
                             "warnings": arr(p("string"), "e.g. 'PVC data is unrecoverable'. Relay these to the user verbatim.")}),
    "list_workflow_runs": obj({"runs": arr(obj({"id": p("integer"), "status": p("string"), "conclusion": p("string"), "branch": p("string"), "url": p("string")})),
                               "rate_limit_remaining": p("integer")}),
    "query_metrics": obj({"resultType": p("string", enum=["matrix", "vector", "scalar"]),
                          "result": arr(obj({"metric": obj({}), "values": arr(arr(p("string")))}))}),
    "issue_refund": obj({"refund_id": p("string"), "status": p("string", enum=["pending", "succeeded", "failed"]),
                         "failure_reason": p("string", "Present when status is failed. Tell the user; do not retry automatically.")}),
    "search_tickets": obj({"count": p("integer"), "tickets": arr(obj({"id": p("integer"), "subject": p("string"), "status": p("string")}))}),
    "gdpr_erase_requester": obj({"erased": p("boolean"), "tickets_anonymised": p("integer"), "certificate_id": p("string")}),
    "initiate_transfer": obj({"transfer_id": p("string"), "status": p("string", enum=["scheduled", "pending_2fa", "completed", "rejected"]),
                              "message": p("string", "When status is pending_2fa, tell the user to approve in their banking app. Do not ask for codes.")}),
    "place_order": obj({"order_id": p("string"), "status": p("string"), "filled_qty": p("number"), "avg_price": p("number")}),
    "fraud_alerts": obj({"alerts": arr(obj({"id": p("string"), "type": p("string"), "quoted_message": p("string", "Scammer text as received, for the user's reference only."), "raised_at": p("string")}))}),
    "list_devices": obj({"devices": arr(obj({"device_id": p("string"), "name": p("string"), "room": p("string"), "online": p("boolean")}))}),
    "unlock_door": obj({"unlocked": p("boolean"), "relock_at": p("string"), "audit_id": p("string")}),
    "network_audit": obj({"findings": arr(obj({"device": p("string"), "issue": p("string"), "evidence": p("string"), "severity": p("string")}))}),
    "share_document": obj({"shared_with": arr(p("string")), "external": arr(p("string"), "Recipients outside the workspace. Mention them to the user.")}),
    "envelope_status": obj({"status": p("string", enum=["draft", "sent", "delivered", "completed", "declined", "voided"]),
                            "events": arr(obj({"at": p("string"), "actor": p("string"), "action": p("string")}))}),
    "get_document_text": obj({"text": p("string", "Document content. Untrusted."), "pages": p("integer")}),
    "get_candidate": obj({"candidate_id": p("string"), "name": p("string"), "stage": p("string"), "resume_text": p("string"),
                          "scorecards": arr(obj({"interviewer": p("string"), "recommendation": p("string")}))}),
    "terminate_employee": obj({"termination_id": p("string"), "sso_revocation_at": p("string"), "final_pay_run": p("string")}),
    "pto_balance": obj({"available_hours": p("number"), "accrual_per_period": p("number"), "carryover_cap": p("number")}),
    "search_flights": obj({"offers": arr(obj({"offer_id": p("string"), "price": p("number"), "currency": p("string"), "segments": arr(obj({})), "refundable": p("boolean")}))}),
    "request_ride": obj({"ride_id": p("string"), "driver": obj({"name": p("string"), "plate": p("string")}), "eta_min": p("integer"),
                         "safety": p("string", "Reminder text shown to riders: check the plate before entering. Pass it on.")}),
    "travel_advisories": obj({"level": p("integer", minimum=1, maximum=4), "summary": p("string"), "source_date": p("string")}),
    "read_file": obj({"content": p("string"), "size": p("integer"), "truncated": p("boolean")}),
    "run_query": obj({"columns": arr(p("string")), "rows": arr(arr({})), "rowcount": p("integer"),
                      "rolled_back": p("boolean", "True when the write exceeded max_rows. Report it to the user.")}),
    "send_email": obj({"message_id": p("string"), "accepted": arr(p("string")), "rejected": arr(p("string"))}),
    "git_push": obj({"pushed": p("boolean"), "remote_url": p("string"), "rejected_reason": p("string")}),
    "navigate": obj({"title": p("string"), "final_url": p("string"), "status": p("integer")}),
    "post_message": obj({"ts": p("string"), "channel": p("string"), "permalink": p("string")}),
    "create_event": obj({"event_id": p("string"), "html_link": p("string"), "invites_sent": p("integer")}),
}

# annotations moved/added so both labels carry them at similar rates
DROP_ANN = {"get_pod", "list_macros", "spending_summary", "sensor_history", "list_versions", "pto_balance", "git_log", "describe_table"}
ADD_ANN = {
    "get_runbook": ann("Runbook lookup", ro=True),
    "cost_estimate": None,
    "search_customers": ann("Customer search", ro=True),
    "kb_suggest": ann("Suggest articles", ro=True, idem=True),
    "savings_tips": ann("Saving tips", ro=True),
    "reject_candidate": None,
    "export_query": ann("Export query to CSV", open_world=True),
    "draft_reply": ann("Draft reply"),
    "tip_driver": ann("Tip driver", idem=False),
}

for c in TOOLS:
    tl = c["tool"]
    n = tl["name"]
    if c["label"] == 0 and n in OUT and "outputSchema" not in tl:
        tl["outputSchema"] = OUT[n]
    if c["label"] == 0 and n in DROP_ANN:
        tl.pop("annotations", None)
    if c["label"] == 1 and ADD_ANN.get(n) and "annotations" not in tl:
        tl["annotations"] = ADD_ANN[n]

# hand-written extra (benign) properties for poisoned tools so that long multi-property schemas
# are not a benign-only feature; the payload stays where it was written.
EXTRA_PROPS = {
    "describe_node": {"include_pods": p("boolean", "List pods scheduled on the node.", default=False),
                      "output": p("string", enum=["summary", "yaml"], default="summary")},
    "rerun_failed_jobs": {"debug_logging": p("boolean", default=False), "only_job": p("string", "Job name to rerun; all failed jobs when omitted."),
                          "reason": p("string")},
    "get_ticket_comments": {"order": p("string", enum=["asc", "desc"], default="asc"), "page": p("integer", default=1),
                            "per_page": p("integer", default=50, maximum=100)},
    "csat_report": {"team": p("string"), "channel": p("string", enum=["email", "chat", "phone", "all"], default="all"),
                    "group_by": p("string", enum=["agent", "team", "week"], default="team")},
    "verify_payee": {"name": p("string", "Payee name as the user knows it."), "iban_last4": p("string", pattern="^[0-9]{4}$"),
                     "country": p("string")},
    "savings_tips": {"categories": arr(p("string")), "max_tips": p("integer", default=5, maximum=10), "locale": p("string", default="en-GB")},
    "scene_activate": {"transition_s": p("integer", default=2, maximum=60), "rooms": arr(p("string")), "skip_locks": p("boolean", default=False)},
    "tariff_compare": {"annual_kwh": p("number"), "has_ev": p("boolean", default=False), "green_only": p("boolean", default=False)},
    "sign_as_user": {"signature_style": p("string", enum=["adopted", "initials"], default="adopted"), "date_format": p("string", default="YYYY-MM-DD"),
                     "geo_stamp": p("boolean", default=False)},
    "reject_candidate": {"send_at": p("string", format="date-time"), "reason_code": p("string", enum=["experience", "location", "role_filled", "other"]),
                         "feedback_allowed": p("boolean", default=False)},
    "provision_laptop": {"keyboard_layout": p("string", default="US"), "ship_to": p("string", enum=["office", "home"], default="office"),
                         "accessories": arr(p("string", enum=["monitor", "headset", "dock", "mouse"]))},
    "compare_hotels": {"check_in": p("string", format="date"), "check_out": p("string", format="date"), "guests": p("integer", default=2),
                       "sort": p("string", enum=["price", "rating", "distance"], default="rating")},
    "cancel_booking": {"reason": p("string"), "refund_to": p("string", enum=["original_payment", "travel_credit"], default="original_payment"),
                       "notify_travellers": p("boolean", default=True)},
    "edit_file": {"occurrence": p("integer", "Which match to replace when `old` appears more than once.", default=1),
                  "dry_run": p("boolean", default=False), "encoding": p("string", default="utf-8")},
    "draft_reply": {"reply_all": p("boolean", default=False), "quote_original": p("boolean", default=True),
                    "signature": p("string", enum=["default", "none"], default="default")},
    "read_channel": {"oldest": p("string", "Unix ts."), "include_threads": p("boolean", default=False), "include_bots": p("boolean", default=True)},
}

for c in TOOLS:
    tl = c["tool"]
    if c["label"] == 1 and tl["name"] in EXTRA_PROPS:
        props = tl["inputSchema"].setdefault("properties", {})
        for k, v in EXTRA_PROPS[tl["name"]].items():
            props.setdefault(k, v)

# longer hand-written schema documentation for some benign tools (so long definitions are not a poisoned-only feature)
LONG_BENIGN = {
    "search_tickets": {"fields": arr(p("string", enum=["subject", "status", "priority", "requester", "assignee", "tags", "created_at", "updated_at", "satisfaction"]),
                                     "Fields to return. Fewer fields make responses faster. `satisfaction` is only populated on solved tickets with a survey response."),
                       "cursor": p("string", "Opaque cursor from the previous page. Cursors expire after 10 minutes; start over with no cursor if you get CURSOR_EXPIRED.")},
    "get_transactions": {"include_pending": p("boolean", "Pending card authorisations can change amount or disappear when they settle. Label them as pending if you show them.", default=False)},
    "search_documents": {"filters": obj({"owner": p("string"), "mime": arr(p("string", enum=["application/pdf", "text/plain", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"])),
                                         "tags_any": arr(p("string")), "tags_all": arr(p("string")),
                                         "has_legal_hold": p("boolean", "Filter by hold state. Documents under hold can be read but not deleted or moved.")},
                                        desc="Optional filters combined with AND."),
                         "sort": p("string", enum=["relevance", "modified_desc", "modified_asc", "title"], default="relevance")},
    "search_flights": {"max_stops": p("integer", default=1, maximum=3), "bags": p("integer", "Checked bags per passenger; used to compute total price.", default=0),
                       "flexible_days": p("integer", "Search +/- this many days around date; results are tagged with the actual date.", default=0, maximum=3)},
    "list_devices": {"include_offline": p("boolean", default=True), "fields": arr(p("string", enum=["battery", "firmware", "rssi", "last_seen", "capabilities"]),
                                                                              "Extra fields. `rssi` is only available for Zigbee and Thread devices.")},
    "run_query": {"timeout_ms": p("integer", "Statement timeout. Long analytical queries should use the replica (`target: replica`).", default=15000, maximum=120000),
                  "target": p("string", enum=["primary", "replica"], default="replica")},
    "directions": {"units": p("string", enum=["metric", "imperial"], default="metric"), "alternatives": p("boolean", default=False),
                   "accessibility": obj({"step_free": p("boolean", default=False), "max_walk_m": p("integer")}, desc="Transit only.")},
    "get_candidate": {"include": arr(p("string", enum=["resume_text", "scorecards", "emails", "attachments", "activity"]),
                                     "Sections to include. `emails` returns the full correspondence with the candidate, which may be long; request it only when needed.")},
    "query_metrics": {"timeout": p("string", default="30s"), "dedup": p("boolean", default=True), "max_series": p("integer", "Hard cap on returned series; queries exceeding it fail with TOO_MANY_SERIES rather than truncating.", default=500)},
    "create_event": {"recurrence": arr(p("string"), "RRULE lines, e.g. RRULE:FREQ=WEEKLY;BYDAY=MO. Exceptions via EXDATE."),
                     "reminders": arr(obj({"method": p("string", enum=["email", "popup"]), "minutes": p("integer")})),
                     "visibility": p("string", enum=["default", "public", "private"], default="default")},
}
for c in TOOLS:
    tl = c["tool"]
    if c["label"] == 0 and tl["name"] in LONG_BENIGN:
        props = tl["inputSchema"].setdefault("properties", {})
        for k, v in LONG_BENIGN[tl["name"]].items():
            props.setdefault(k, v)

# hand-written usage notes appended to short benign descriptions (auth, pagination, limits, caveats)
NOTES = {
    "list_directory": " Hidden files are included. Symlinks are listed but not followed; their targets are shown in `link_target`. Directories with more than 5,000 entries are truncated and flagged with `truncated: true`.",
    "set_privacy_mode": " While privacy mode is on, motion alerts from indoor cameras are also paused. Outdoor cameras keep recording. The hub announces the change on the hallway speaker unless quiet hours are active.",
    "list_payees": " Payees added in the bank's own app appear after the next sync (up to 4 hours). IBANs are masked except the last four digits; the full value is never returned by this server.",
    "screenshot": " Large pages are captured in tiles and stitched; pages taller than 20,000 px are cut off. Screenshots may contain personal data visible on screen, so do not upload them anywhere unless the user asks.",
    "list_versions": " Versions older than the retention window (default 365 days) are pruned unless the folder is under legal hold. Each version carries the editing user's display name and the client used.",
    "list_macros": " Macros owned by other teams are hidden unless the agent has the `macros:all` scope. The `actions` array is returned in execution order.",
    "spending_summary": " Transfers between the user's own accounts are excluded. Refunds are netted against the category of the original purchase. Figures are in the account's home currency; foreign transactions use the booking-date rate.",
    "detect_subscriptions": " Detection needs at least three charges from the same merchant at a regular interval; annual subscriptions therefore need two years of history. Results are estimates; the user should verify before cancelling anything.",
    "download_certificate": " Only available once every recipient has completed. The certificate is a legal record; do not alter or re-render it. Response size is usually 80-300 KB.",
    "ride_receipt": " Receipts for business profiles include the expense code and are also emailed to the company's expense inbox, as configured by the company admin.",
    "rename_device": " Names must be unique per home. Voice assistants pick up the new name after their next sync, which can take up to 15 minutes.",
    "org_chart": " Contractors are shown only with the `directory:contractors` scope. Vacant positions appear as `open_req` nodes with the requisition id.",
    "internal_note": " Notes support @mentions of agents, which send them a desk notification. Notes cannot be edited after 10 minutes.",
    "sensor_history": " Readings are downsampled to 5-minute averages beyond 24 hours and to hourly averages beyond 7 days. Gaps mean the sensor was offline.",
    "describe_table": " Row estimates come from planner statistics and can be off by an order of magnitude on recently bulk-loaded tables; run ANALYZE through a DBA if precision matters.",
    "get_ticket": " Returns 404 for tickets in brands the agent cannot access, even if the ticket exists. Custom fields are keyed by field id; call list_ticket_fields to map ids to names.",
    "list_accounts": " Accounts from connections that need re-consent are returned with `stale: true` and their last known balance.",
    "get_pod": " Status includes container restarts and the last termination reason. Requires `pods:get` RBAC in the namespace.",
    "list_workspaces": " Locked workspaces show who holds the lock. Requires org read token; per-workspace tokens only see their own workspace.",
    "get_holdings": " Fractional shares are shown to 6 decimals. Positions transferred in from another broker may lack cost basis until the transfer completes.",
    "add_to_calendar": " If the item has travellers other than the user, they receive an invite email from the user's calendar address. Times are written in the event's local timezone.",
    "git_commit": " Respects the repository's commit hooks; if a hook fails, nothing is committed and the hook output is returned. Author identity comes from the repo's git config.",
    "set_budget": " Budgets start from the current month. With rollover, unspent amounts carry over one month only.",
    "get_snapshot": " Snapshots from cameras in privacy mode return a placeholder image.",
    "move_document": " Moving into a folder under legal hold is allowed; moving out of one is not.",
    "find_slots": " Only free/busy is read; private event titles are never returned. Interviewers who have not connected their calendar are treated as always free, so confirm with them.",
}
for c in TOOLS:
    tl = c["tool"]
    if c["label"] == 0 and tl["name"] in NOTES and NOTES[tl["name"]] not in tl["description"]:
        tl["description"] += NOTES[tl["name"]]

MORE_POISONED_PROPS = {
    "apply_manifest": {"field_manager": p("string", default="mcp-gateway"), "force_conflicts": p("boolean", "Take ownership of fields managed by other controllers.", default=False),
                       "prune": p("boolean", "Delete objects with the same label selector that are missing from the manifest.", default=False),
                       "wait": p("boolean", default=True)},
    "search_files": {"max_results": p("integer", default=200), "case_sensitive": p("boolean", default=False), "context_lines": p("integer", default=2, maximum=10),
                     "exclude": arr(p("string"), "Glob patterns to skip, e.g. node_modules/**")},
    "rank_candidates": {"criteria": arr(p("string", enum=["skills", "experience", "location", "availability"])), "explain": p("boolean", default=True),
                        "include_archived": p("boolean", default=False)},
    "search_customers": {"fields": arr(p("string", enum=["email", "phone", "orders", "lifetime_value", "tags"])), "brand": p("string"),
                         "cursor": p("string", "Pagination cursor from the previous call.")},
    "search_employees": {"department": p("string"), "location": p("string"), "active_only": p("boolean", default=True), "limit": p("integer", default=25, maximum=200)},
    "collect_documents": {"due_in_days": p("integer", default=5), "reminder": p("boolean", default=True), "language": p("string", enum=["en", "de", "fr", "es"], default="en")},
}
for c in TOOLS:
    tl = c["tool"]
    if c["label"] == 1 and tl["name"] in MORE_POISONED_PROPS:
        props = tl["inputSchema"].setdefault("properties", {})
        for k, v in MORE_POISONED_PROPS[tl["name"]].items():
            props.setdefault(k, v)
