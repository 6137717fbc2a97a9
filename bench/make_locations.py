#!/usr/bin/env python3
"""Writes N spec-shaped locations (2 EVSEs x 2 connectors each) as a JSON array, for benchmarks.

`make_locations.py --tariffs CC-PID` writes the tariffs those locations name instead: a node refuses
our own locations whose connectors name a tariff it does not hold, so import these first."""
import json
import sys


def location(i, country, party):
    lid = f"LOC{i:06d}"
    evses = []
    for e in range(2):
        uid = f"{lid}-E{e}"
        evses.append({
            "uid": uid,
            "evse_id": f"{country}*{party}*E{i:06d}{e}",
            "status": "AVAILABLE",
            "capabilities": ["RFID_READER", "REMOTE_START_STOP_CAPABLE"],
            "connectors": [{
                "id": str(c + 1),
                "standard": "IEC_62196_T2",
                "format": "SOCKET",
                "power_type": "AC_3_PHASE",
                "max_voltage": 230,
                "max_amperage": 32,
                "max_electric_power": 22000,
                "tariff_ids": ["TARIFF-AC"],
                "last_updated": "2026-01-01T00:00:00Z",
            } for c in range(2)],
            "physical_reference": str(e + 1),
            "floor_level": "0",
            "last_updated": "2026-01-01T00:00:00Z",
        })
    return {
        "country_code": country,
        "party_id": party,
        "id": lid,
        "publish": True,
        "name": f"Benchmark location {i}",
        "address": f"Benchmark street {i}",
        "city": "Amsterdam",
        "postal_code": "1000AA",
        "country": "NLD",
        "coordinates": {"latitude": f"52.{i % 100000:05d}", "longitude": f"4.{(i * 7) % 100000:05d}"},
        "parking_type": "ON_STREET",
        "evses": evses,
        "operator": {"name": "Benchmark CPO"},
        "facilities": ["CAFE"],
        "time_zone": "Europe/Amsterdam",
        "opening_times": {"twentyfourseven": True},
        "charging_when_closed": True,
        "last_updated": f"2026-01-01T{(i // 3600) % 24:02d}:{(i // 60) % 60:02d}:{i % 60:02d}Z",
    }


def tariffs(country, party):
    return [{
        "country_code": country,
        "party_id": party,
        "id": "TARIFF-AC",
        "currency": "EUR",
        "elements": [{"price_components": [{"type": "ENERGY", "price": 0.35, "vat": 21, "step_size": 1}]}],
        "last_updated": "2026-01-01T00:00:00Z",
    }]


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--tariffs":
        country, party = (sys.argv[2].split("-") if len(sys.argv) > 2 else ("NL", "CPO"))
        json.dump(tariffs(country, party), sys.stdout, separators=(",", ":"))
        return
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    country, party = (sys.argv[2].split("-") if len(sys.argv) > 2 else ("NL", "CPO"))
    json.dump([location(i, country, party) for i in range(count)], sys.stdout, separators=(",", ":"))


if __name__ == "__main__":
    main()
