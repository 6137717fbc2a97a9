#pragma once

#include "core/result.h"
#include "objectlimits.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace ocpi {

// How a PATCH changes one list field (TF-10). A list without a rule is a value like any other:
// given, it replaces the stored list, and an empty one clears it.
struct PatchList
{
    enum class Merge {
        UpsertById, // each entry patches the stored one with its id, or is added whole (LOC-08)
        Append,     // entries are added after the stored ones (a Session's charging_periods);
                    // one exactly as stored already is a retry and is not added again
    };
    QString field;               // "evses"
    QString itemObject;          // the entries' schema object: "EVSE"
    QString idField;             // UpsertById: the entries' id, matched case-insensitively ("uid")
    Merge merge = Merge::UpsertById;
    ListKind limit = ListKind::Other; // the policy's bound on how many entries one PATCH may give
    QList<PatchList> inside;     // rules for the entries' own lists (an EVSE's connectors)
};

// The object a PATCH lands on: its schema object, the fields that name it with the values the URL
// gives them (a PATCH may repeat them, but equal: TF-12/13), and its list rules.
struct PatchTarget
{
    struct Name
    {
        QString field;     // "country_code"
        QString urlValue;  // as the URL spells it
        const char *rule;  // "TF-12"
    };
    QString objectName;
    QList<Name> names;
    QList<PatchList> lists;
};

// A PATCH body checked as far as it can be without the stored object.
struct CheckedPatch
{
    QJsonObject fields;               // every field but the ruled lists, validated (validatePatch)
    QHash<QString, QJsonArray> lists; // the ruled lists given: entries are checked when applied,
                                      // against what is stored (an existing one is patched, a new
                                      // one must be complete)
    bool hasLists() const { return !lists.isEmpty(); }
};

// The PATCH rules of every module in one place (TF-10, PIT-07, GEN-10), driven by the schema:
// a module says only what its object is called and how its lists merge.
namespace objectpatch {

// The body must be an object with last_updated; the names it repeats must equal the URL's; every
// other field must be valid for the object; a ruled list no longer than the policy allows.
Result<CheckedPatch> check(const PatchTarget &target, const QJsonValue &body, const ValidationPolicy &policy = {});

// Applies a checked PATCH: given fields replace stored ones (a nested object as a whole, an empty
// list clears it), names keep their stored spelling, ruled lists merge by their rule, and an entry
// without its own last_updated takes the PATCH's. The caller validates the whole object after.
Status apply(QJsonObject &object, const PatchTarget &target, const CheckedPatch &patch,
             const ValidationPolicy &policy = {});

// A received PATCH older than the object it lands on is refused: 2001 naming last_updated, nothing
// changes. Pushes of one object may overtake each other (retries, several connections), and an
// older PATCH applied after a newer one would bring back values the Sender already replaced. The
// CHECKLIST prescribes no code for this; 2001 is its "invalid parameters" (ST-06). An equal
// last_updated is accepted: DateTime has second resolution, so two real changes of the same second
// carry the same value, and a retried PATCH (TF-11) is harmless. `what` names the object ("Token
// 123 of DE-EMS"). A stored object without a readable last_updated never refuses.
Status checkNotOlder(const CheckedPatch &patch, const QJsonObject &stored, const QString &what);

// "status: ..." found inside evses[2] reads "evses[2].status: ..."; a message without a field path
// ("expected object, got string") reads "evses[2]: ...".
Error inside(const QString &where, const Error &error);

} // namespace objectpatch
} // namespace ocpi
