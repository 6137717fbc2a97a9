#pragma once

#include "core/caller.h"
#include "core/clock.h"
#include "core/result.h"
#include "objectmodule.h"
#include "objectsmanager.h"
#include "ocpi/objectlimits.h"
#include "ocpi/objectpatch.h"
#include "store/groupcommit.h"
#include "store/objecttable.h"
#include "outbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <memory>

namespace ocpi {

class Database;
class Outbox;

// The rules every owned-object module shares (locations, tariffs, tokens), in one place:
// - our own objects: validated, stored through the module's manager, pushed to partners through
//   the outbox in the same transaction;
// - partners' objects on our Receiver interface: the caller may only write under parties its
//   registered roles hold, URL and body must name the same object (TF-12/13/14), PUT replaces, and
//   an object of ours is never written or shown there, whoever asks; over HTTP each write is
//   answered after a commit shared with other requests' writes (group commit);
// - reading: our Sender list, the caller's own objects on the Receiver interface.
// - PATCH of a whole object (TF-10), received or ours, when the module allows it (patchTarget()).
// Modules derive from it and add what is theirs (sub-objects, authorization, commands).
// Every object it validates, a partner's or ours, meets one ValidationPolicy: the limits given and
// last_updated no further ahead of this service's clock than the skew allows (hardening issue
// items 3 and 7).
class ObjectService : public QObject
{
    Q_OBJECT

public:
    ObjectService(ObjectModule module, Database &database, ObjectsManager &manager, Outbox &outbox,
                  const Clock &clock, QList<PartyRole> ourParties, const ValidationPolicy &policy = {},
                  QObject *parent = nullptr);

    const ObjectModule &module() const { return m_module; }
    const QList<PartyRole> &ourParties() const { return m_ourParties; }
    const ValidationPolicy &policy() const { return m_policy; }
    // Runs the writes already queued and stops the writer. Call before a derived service goes away:
    // queued writes call the derived service's own functions (its module's close() does).
    void finishWrites() { m_writes.reset(); }

    // Our own objects (import, console, API). Returns true when the object is new. An object
    // exactly as stored already (a re-import) is neither stored again nor pushed.
    Result<bool> putOwn(const QJsonValue &value);
    // Many at once, all or nothing: every object is validated before any is stored. A failure
    // reports every problem of every object (an operator fixes a file once, not once per error):
    // one line each naming the object (index and id) and the field, in the error's message and, when
    // given, in `problems`. Unchanged ones are skipped as by putOwn.
    // Returns how many were new; `unchanged`, when given, says how many were skipped.
    struct BatchProblem
    {
        qsizetype index;
        QString id;      // the object's id when it has one
        QString path;    // the field; empty for the object as a whole or a rule of the module
        QString message;
    };
    Result<int> putOwnBatch(const QJsonArray &objects, int *unchanged = nullptr, QList<BatchProblem> *problems = nullptr);
    Result<ObjectPage> senderPage(const ObjectFilter &filter, qint64 offset, int limit);
    // The page of the Sender list `caller` sees: by default every object senderPage() shows; a
    // module narrows it per caller (unpublished locations a partner may see, CDRs of its tokens).
    virtual Result<ObjectPage> senderPageFor(const Caller &caller, ObjectFilter filter, qint64 offset, int limit);
    Result<std::optional<StoredObject>> findOwn(const ObjectKey &key);

    // Partners' objects, on our Receiver interface. `receive` is a PUT: true when created.
    Result<bool> receive(const Caller &caller, const ObjectKey &urlKey, const QJsonValue &body);
    // The same, answered after a commit shared with other requests' writes (the HTTP routes):
    // body checks run at once, the store's part (one indexed read, one write) on the group commit's
    // writer. `answer` is called on this service's thread, possibly before this returns.
    using Answer = std::function<void(const Result<bool> &)>;
    void receiveQueued(const Caller &caller, const ObjectKey &urlKey, const QJsonValue &body, Answer answer);
    // What the caller stored at `key`: NotFound (the module's unknownObject) when there is none or
    // it is one of ours.
    Result<StoredObject> received(const Caller &caller, const ObjectKey &key);
    Status removeReceived(const Caller &caller, const ObjectKey &key);

    // Receiver: a partner changes part of one of its objects (TF-10, PIT-07). The body must carry
    // last_updated; the merged object must still be valid, else nothing is stored (2001). An
    // object we do not hold is a 404 like any other unknown object on this URL. A last_updated
    // older than the stored one is refused (2001, objectpatch::checkNotOlder); an equal one passes.
    // A PUT is never refused for its age: the CHECKLIST asks nothing of the kind, and a PUT of the
    // whole object is how a Sender repairs what a refused PATCH left (TF-11).
    Status patchReceived(const Caller &caller, const ObjectKey &urlKey, const QJsonValue &patch);
    // The same, answered after a group commit (the HTTP route; see receiveQueued).
    void patchReceivedQueued(const Caller &caller, const ObjectKey &urlKey, const QJsonValue &patch, Answer answer);
    // Ours (console, API, the module's own logic): stores the merged object and queues a PATCH with
    // the given fields to every partner in the same transaction. last_updated is stamped from our
    // clock when the patch has none.
    Status patchOwn(const ObjectKey &key, const QJsonValue &patch);

    // The push that tells a partner of one of our objects stored whole (a PUT of it, or a CDR's
    // POST); an initial sync sends our current objects this way.
    PushChange pushOfWhole(const QJsonObject &canonical) const { return wholePush(canonical); }

    // Everything stored, ours and partners' (operators: list, export, console).
    Result<QList<StoredObject>> stored(const ObjectFilter &filter, int limit = -1);
    // Changes whenever the stored objects may have changed, also through another process on the
    // same database (objectsChanged announces only this process's writes). Our objects kept by an
    // integrator's own manager are not covered.
    qint64 changeMark() { return m_table.epoch(); }

    // Called once every module is open, with every module's object service (this one too): a module
    // whose objects name another's finds it here (locations check tariff_ids against our tariffs;
    // tariffs ask before one of ours is withdrawn). Services built alone (tests) are never linked
    // and check no references.
    virtual void linkModules(const QList<ObjectService *> &services) { Q_UNUSED(services) }
    // One of our own objects that names `key` of module `module` (e.g. a connector naming one of
    // our tariffs), described for an operator ("location LOC1, EVSE E1, connector 1"); empty when
    // none does.
    virtual Result<QString> ownReferenceTo(const QString &module, const ObjectKey &key)
    {
        Q_UNUSED(module) Q_UNUSED(key) return QString();
    }

    // The key an object names: (country_code, party_id, id or uid[, type]).
    ObjectKey keyOf(const QJsonObject &object) const;
    // 404 unless the caller holds the owning party with the module's owner role (TF-14).
    Status checkCallerOwns(const Caller &caller, const PartyId &owner) const;

signals:
    // Our or a partner's objects changed (console views refresh).
    void objectsChanged(const QString &module);

protected:
    // Module rules on top of the schema (e.g. locations: publish decides `listed`).
    virtual bool isListed(const QJsonObject &object) const;
    virtual Status checkObject(const QJsonObject &object) const;
    // Rules for our own objects only, after checkObject (e.g. our connectors name our own tariffs).
    // Partners' objects never meet them: what they name may arrive later or not at all.
    virtual Status checkOwnObject(const QJsonObject &object);
    // Whether one of our stored objects may be replaced by `incoming` (e.g. EVSEs are never deleted).
    virtual Status checkReplacement(const QJsonObject &stored, const QJsonObject &incoming) const;

    // Validated, module-checked, owned by one of our parties: ready to store as ours.
    // `unchanged`: stored exactly so already (found with the same lookup the checks need).
    struct CheckedOwn
    {
        QJsonObject object;
        bool unchanged = false;
    };
    Result<CheckedOwn> checkOwn(const QJsonValue &value);
    // The Receiver path of an object, as its ids are spelled: "/NL/TNM/LOC1" (+ "?type=").
    QString receiverPath(const QJsonObject &object) const;
    // How partners hear of one of our objects stored whole (putOwn, putOwnBatch): a PUT of it at
    // receiverPath() to every partner; CDRs are POSTed instead, to the token's eMSP only.
    virtual PushChange wholePush(const QJsonObject &canonical) const;
    // Who hears of `canonical` (ours, as stored): by default every partner receiving the module
    // (a broadcast: locations, tariffs, tokens); a module narrows `push` here (its `to`: sessions
    // and CDRs go to their driver's eMSP alone; its `audience`: an unpublished location to those
    // allowed to see it). Every push of the object (PUT, PATCH, POST) is addressed here.
    virtual void address(PushChange &push, const QJsonObject &canonical) const;
    // A push of `canonical`, addressed (address()).
    PushChange pushOf(const QJsonObject &canonical, const QByteArray &method, const QString &path,
                      const QByteArray &body) const;

    // Stores one of our objects and queues the push, inside a transaction.
    Result<bool> storeOwn(const QJsonObject &canonical, const QByteArray &method, const QString &path,
                          const QByteArray &body);
    Result<bool> storeOwn(const QJsonObject &canonical, const PushChange &push);
    // The same inside a transaction the caller holds (read-modify-write of one of our objects, so
    // the read, the store and the queued push see one state). The caller commits and then emits
    // objectsChanged.
    Result<bool> storeOwnInTransaction(const QJsonObject &canonical, const QByteArray &method, const QString &path,
                                       const QByteArray &body);
    Result<bool> storeOwnInTransaction(const QJsonObject &canonical, const PushChange &push);
    Status checkUrlMatchesBody(const ObjectKey &urlKey, const QJsonObject &object) const;
    StoredObject toStored(const QJsonObject &canonical, qint64 partnerId) const;

    // A Receiver write checked and ready to run inside a transaction (one read, one write): now
    // (writeNow) or in the next group commit (submitWrite).
    using Write = std::function<Result<bool>()>;
    Result<bool> writeNow(const Write &write);
    void submitWrite(const Caller &caller, Result<Write> write, Answer answer);
    // The "not our own object" guard: an object owned by one of our parties is ours (wherever the
    // manager keeps it) and a partner never writes, reads or removes it through the Receiver
    // interface, whatever roles it holds. ownObjectError is the refusal of a write (404 + 2000).
    bool isOurs(const ObjectKey &key) const;
    Error ownObjectError(const ObjectKey &key) const;
    // Stores a partner's object unless the store holds one of ours under the key (the guard once
    // more, inside the write). Run inside the write.
    Result<bool> storePartnersObject(const StoredObject &object);
    // What a 404 says for `key` on the Receiver interface (locations: 2003, others: 2000).
    virtual Error unknownObject(const ObjectKey &key) const;
    // What a PATCH of `key` may name and how its lists merge (objectpatch.h): by default the key's
    // fields must equal the URL's, and no list has a rule (a given list replaces the stored one).
    virtual PatchTarget patchTarget(const ObjectKey &key) const;
    // A PATCH body checked for `key` against patchTarget().
    Result<CheckedPatch> checkedPatch(const ObjectKey &key, const QJsonValue &patch) const;
    // The stored object with the patch applied, validated whole and by the module's rules.
    Result<QJsonObject> applyPatch(const StoredObject &stored, const ObjectKey &key, const CheckedPatch &patch) const;

    ObjectModule m_module;
    Database &m_database;
    ObjectsManager &m_manager;
    Outbox &m_outbox;
    const Clock &m_clock;
    QList<PartyRole> m_ourParties;
    ValidationPolicy m_policy; // its clock is m_clock
    ObjectTable m_table;

private:
    Result<Write> preparePut(const Caller &caller, const ObjectKey &urlKey, const QJsonValue &body);
    Result<Write> preparePatch(const Caller &caller, const ObjectKey &urlKey, const QJsonValue &patch);

    std::unique_ptr<GroupCommit> m_writes; // last: its writer thread stops before the rest goes away
};

} // namespace ocpi
