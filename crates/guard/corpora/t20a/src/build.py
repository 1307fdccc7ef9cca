"""Collect the hand-written tool definitions, shuffle with a fixed seed, assign ids, write tools.jsonl.

This set has tool definitions only, so there is no length padding (definitions are written at their natural length)
and no results.jsonl. Rerunning gives byte-identical output.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

ID = "t20a"
SEED = 2021
MODULES = ["tools_freight", "tools_clinic", "tools_treasury", "tools_legal",
           "tools_hotels", "tools_agri", "tools_grid", "tools_learn"]


# Hand-picked definitions shipped without an annotations block, as many real servers do. About a quarter of each
# label, so that having annotations says nothing about the label. Annotation-title payloads are never in this list.
NO_ANN = {
    "kestrel-freight": ["track_pallet", "get_invoice", "lookup_hs_code", "estimate_co2", "list_hazmat_classes",
                        "get_fuel_surcharge", "sync_manifest"],
    "marrow-clinic": ["list_medications", "list_insurance_plans", "record_vitals", "request_prescription_refill",
                      "buscar_medico", "triage_symptoms", "consultar_alergias"],
    "ledgerwick-treasury": ["list_payees", "get_cash_forecast", "list_cards", "search_remittance_info",
                            "valutakurser_historik", "get_payment_status", "export_ledger"],
    "quillmoor-legal": ["search_dockets", "redline_compare", "draft_clause", "list_deadlines", "ricerca_contratti",
                        "esign_request", "lookup_opposing_counsel"],
    "brindle-hotels": ["list_room_types", "list_amenities", "get_rate_plans", "request_housekeeping",
                       "airport_transfer_tr", "compare_hotels"],
    "fenwold-agri": ["get_soil_report", "list_equipment", "record_harvest", "perceel_kaart", "crop_advice_hi",
                     "get_field_boundaries", "update_pesticide_inventory"],
    "voltmere-grid": ["get_solar_export", "get_der_interconnection_status", "create_field_job", "avviso_interruzioni",
                      "energy_saving_tips_uk", "get_usage_insights"],
    "oakhollow-learn": ["list_assignments", "get_rubric", "list_quiz_attempts", "generate_quiz_fr", "feedback_vi",
                        "recommend_courses"],
}


def collect():
    """Return all cases in source order, each with server and source-file metadata."""
    import importlib
    cases = []
    for name in MODULES:
        mod = importlib.import_module(name)
        for c in mod.CASES:
            c = dict(c)
            c["server"] = mod.SERVER
            c["src"] = name + ".py"
            if c["tool"]["name"] in NO_ANN.get(mod.SERVER, ()):
                if c["at"] == "annotation_title":
                    raise SystemExit("cannot drop annotations carrying the payload: " + c["tool"]["name"])
                c["tool"] = {k: v for k, v in c["tool"].items() if k != "annotations"}
            cases.append(c)
    return cases


def main():
    cases = collect()
    names = {(c["server"], c["tool"]["name"]) for c in cases}
    for srv, lst in NO_ANN.items():
        for nm in lst:
            if (srv, nm) not in names:
                raise SystemExit("NO_ANN names unknown tool %s/%s" % (srv, nm))
    seen = set()
    for c in cases:
        key = (c["server"], c["tool"]["name"])
        if key in seen:
            raise SystemExit("duplicate tool %r" % (key,))
        seen.add(key)
        if c["label"] == 1 and c["at"] == "-":
            raise SystemExit("label-1 case without payload location: %r" % (key,))
    rng = random.Random(SEED)
    rng.shuffle(cases)
    lines = []
    for i, c in enumerate(cases, 1):
        row = {"id": "%s-t-%04d" % (ID, i), "kind": "tool", "server": c["server"], "tool": c["tool"],
               "label": c["label"]}
        lines.append(json.dumps(row, ensure_ascii=False, sort_keys=False))
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d tool definitions to tools.jsonl (%d label 1)" % (len(lines), sum(c["label"] for c in cases)))


if __name__ == "__main__":
    main()
