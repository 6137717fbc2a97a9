#include "tokenstests.h"

#include "modules/tokens/tokenjson.h"

// Authorization references (TOK-05, SES-12, CDR-13): what the eMSP hands out in real-time
// authorization is recorded and can be looked up when a Session or CDR carries it back; only a
// CPO asks; sessions carrying references we never gave are still accepted.
class TestAuthorizationRefs : public TokensTests
{
    Q_OBJECT

    TokenService &emspTokens() { return m_nodes.emsp().services().service<TokenService>(); }
    QString authorizeUrl() { return senderUrl(QStringLiteral("/") + kUid + QStringLiteral("/authorize")); }

    static Caller cpoCaller(const QList<PartyRole> &roles)
    {
        Caller caller;
        caller.partnerId = 42;
        caller.name = QStringLiteral("a CPO");
        caller.roles = roles;
        return caller;
    }

    static AuthorizationRequest requestFor(const QString &uid)
    {
        AuthorizationRequest request;
        request.uid = uid;
        request.type = QStringLiteral("RFID");
        return request;
    }

private slots:
    void referenceIsRecorded()
    {
        putOwnOnEmsp({fixture(QStringLiteral("ems_rfid_card.json"))});
        const QJsonObject where{{QStringLiteral("location_id"), QStringLiteral("LOC-0815")},
                                {QStringLiteral("evse_uids"), QJsonArray{QStringLiteral("EVSE-1"), QStringLiteral("EVSE-2")}}};
        const HttpResult asked = call("POST", authorizeUrl(), m_cpoOnEmsp, compact(where));
        QCOMPARE(asked.ocpiStatus(), 1000);
        const QString reference = asked.json().value(QStringLiteral("data")).toObject()
                                      .value(QStringLiteral("authorization_reference")).toString();
        QCOMPARE(reference.size(), 36);

        // Found as handed out and as a CiString in any case (GEN-03).
        for (const QString &spelling : {reference, reference.toUpper(), reference.toLower()}) {
            auto found = emspTokens().findAuthorization(spelling);
            QVERIFY_STATUS(found);
            QVERIFY(found->has_value());
            const AuthorizationRecord &record = **found;
            QCOMPARE(record.reference, reference);
            QCOMPARE(record.token, ObjectKey::of(QStringLiteral("DE"), QStringLiteral("EMS"), kUid, QStringLiteral("RFID")));
            QCOMPARE(record.allowed, QStringLiteral("ALLOWED"));
            QCOMPARE(record.partnerId, m_nodes.cpoAtEmsp().id);
            QCOMPARE(record.cpo.toString(), QStringLiteral("NL-CPO"));
            QCOMPARE(record.authorizedAt, m_nodes.clock().now());
            QCOMPARE(record.locationId, QStringLiteral("LOC-0815"));
            QCOMPARE(record.evseUids, (QStringList{QStringLiteral("EVSE-1"), QStringLiteral("EVSE-2")}));
        }
        auto unknown = emspTokens().findAuthorization(QStringLiteral("NEVER-HANDED-OUT"));
        QVERIFY_STATUS(unknown);
        QVERIFY(!unknown->has_value());
    }

    // The decision stays the manager's (TOK-04..08); the reference is the node's duty: one the
    // manager gave is kept, an ALLOWED without one gets a fresh one, a refusal gets none.
    void referenceWhateverTheManagerDecides_data()
    {
        QTest::addColumn<QString>("allowed");
        QTest::addColumn<QString>("managersReference");
        QTest::addColumn<bool>("referenced");

        QTest::newRow("ALLOWED without a reference: one is made") << QStringLiteral("ALLOWED") << QString() << true;
        QTest::newRow("ALLOWED with the manager's reference: kept") << QStringLiteral("ALLOWED") << QStringLiteral("BILLING-4711") << true;
        QTest::newRow("NO_CREDIT with the manager's reference: kept") << QStringLiteral("NO_CREDIT") << QStringLiteral("BILLING-4712") << true;
        QTest::newRow("BLOCKED without one: none") << QStringLiteral("BLOCKED") << QString() << false;
    }

    void referenceWhateverTheManagerDecides()
    {
        QFETCH(QString, allowed);
        QFETCH(QString, managersReference);
        QFETCH(bool, referenced);

        class Deciding final : public SqlTokensManager
        {
        public:
            using SqlTokensManager::SqlTokensManager;
            QString allowed;
            QString reference;
            Result<QJsonObject> authorize(const StoredObject &, const std::optional<QJsonObject> &, const Caller &) override
            {
                return tokenjson::authorizationInfo(allowed, std::nullopt, reference);
            }
        };
        NodeServices &services = m_nodes.emsp().services();
        Deciding manager(services.database());
        manager.allowed = allowed;
        manager.reference = managersReference;
        TokenService tokens(services.database(), manager, services.outbox(), m_nodes.clock(), m_nodes.emsp().config().parties);
        QVERIFY_STATUS(tokens.putOwn(fixture(QStringLiteral("ems_rfid_card.json"))));

        const Caller cpo = cpoCaller({PartyRole{PartyId::of(QStringLiteral("NL"), QStringLiteral("CPO")), Role::CPO}});
        auto info = tokens.authorize(cpo, requestFor(kUid));
        QVERIFY_STATUS(info);
        QCOMPARE(info->value(QStringLiteral("allowed")).toString(), allowed);
        const QString reference = info->value(QStringLiteral("authorization_reference")).toString();
        QCOMPARE(!reference.isEmpty(), referenced);
        if (!managersReference.isEmpty())
            QCOMPARE(reference, managersReference);
        if (!referenced)
            return;
        auto found = tokens.findAuthorization(reference);
        QVERIFY_STATUS(found);
        QVERIFY(found->has_value());
        QCOMPARE((*found)->allowed, allowed);
        QCOMPARE((*found)->partnerId, qint64(42));
        QVERIFY((*found)->locationId.isEmpty());
    }

    // Real-time authorization is the CPO's question (TOK-04): a caller asking as no CPO party is
    // refused before any token is looked up (404 + 2000, as every request for what the caller's
    // roles do not reach, TF-14).
    void onlyCposAsk_data()
    {
        QTest::addColumn<QList<PartyRole>>("roles");
        QTest::addColumn<QString>("from"); // OCPI-from-*; empty: none
        QTest::addColumn<bool>("allowed");

        const PartyRole cpo{PartyId::of(QStringLiteral("NL"), QStringLiteral("CPO")), Role::CPO};
        const PartyRole emsp{PartyId::of(QStringLiteral("NL"), QStringLiteral("EMX")), Role::EMSP};
        QTest::newRow("a CPO") << QList<PartyRole>{cpo} << QString() << true;
        QTest::newRow("an eMSP only: refused") << QList<PartyRole>{emsp} << QString() << false;
        QTest::newRow("eMSP and CPO, no routing headers: as the CPO") << QList<PartyRole>{emsp, cpo} << QString() << true;
        QTest::newRow("eMSP and CPO, from the CPO party") << QList<PartyRole>{emsp, cpo} << QStringLiteral("NL-CPO") << true;
        QTest::newRow("eMSP and CPO, from the eMSP party: refused") << QList<PartyRole>{emsp, cpo} << QStringLiteral("NL-EMX") << false;
    }

    void onlyCposAsk()
    {
        QFETCH(QList<PartyRole>, roles);
        QFETCH(QString, from);
        QFETCH(bool, allowed);

        putOwnOnEmsp({fixture(QStringLiteral("ems_rfid_card.json"))});
        AuthorizationRequest request = requestFor(kUid);
        if (!from.isEmpty())
            request.from = PartyId::parse(from);
        auto info = emspTokens().authorize(cpoCaller(roles), request);
        QCOMPARE(info.ok(), allowed);
        if (allowed) {
            auto found = emspTokens().findAuthorization(info->value(QStringLiteral("authorization_reference")).toString());
            QVERIFY_STATUS(found);
            QCOMPARE((*found)->cpo.toString(), from.isEmpty() ? QStringLiteral("NL-CPO") : from);
            return;
        }
        QCOMPARE(info.error().kind, ErrorKind::Forbidden);
        QVERIFY2(info.error().message.contains(QLatin1String("CPO")), qPrintable(info.error().message));
    }

    // The console's preview (ui/authorizedialog) asks as no CPO and records nothing: the
    // reference it shows is one no Session will carry.
    void previewRecordsNothing()
    {
        putOwnOnEmsp({fixture(QStringLiteral("ems_rfid_card.json"))});
        AuthorizationRequest request = requestFor(kUid);
        request.preview = true;
        auto info = emspTokens().authorize(cpoCaller({}), request);
        QVERIFY_STATUS(info);
        const QString reference = info->value(QStringLiteral("authorization_reference")).toString();
        QCOMPARE(reference.size(), 36);
        auto found = emspTokens().findAuthorization(reference);
        QVERIFY_STATUS(found);
        QVERIFY(!found->has_value());
    }

    // The same over HTTP: a registered partner holding only an eMSP role asks.
    void anEmspPartnerIsRefusedOverHttp()
    {
        putOwnOnEmsp({fixture(QStringLiteral("ems_rfid_card.json"))});
        std::unique_ptr<NodeRuntime> other = m_nodes.startAnother({QStringLiteral("FR-EMO:EMSP")}, QStringLiteral("other"));
        QVERIFY(other);
        auto registered = registerWith(*other, m_nodes.emsp(), QStringLiteral("other-emsp"));
        QVERIFY_STATUS(registered);
        verifyError(call("POST", authorizeUrl(), registered->outgoingToken), 404, 2000,
                    QStringLiteral("FR-EMO is not a CPO party of yours"));
        // The registered CPO still may.
        QCOMPARE(call("POST", authorizeUrl(), m_cpoOnEmsp).ocpiStatus(), 1000);
    }

    // A Session carries the reference back (SES-12): one we handed out is found; one we never
    // gave (StartSession elsewhere, another platform's AUTH_REQUEST) is stored all the same.
    void sessionsCarryReferences_data()
    {
        QTest::addColumn<bool>("ours");
        QTest::newRow("a reference we handed out") << true;
        QTest::newRow("a reference unknown to us: accepted") << false;
    }

    void sessionsCarryReferences()
    {
        QFETCH(bool, ours);
        putOwnOnEmsp({fixture(QStringLiteral("ems_rfid_card.json"))});
        QString reference = QStringLiteral("FROM-ELSEWHERE-0001");
        if (ours) {
            reference = call("POST", authorizeUrl(), m_cpoOnEmsp).json().value(QStringLiteral("data")).toObject()
                            .value(QStringLiteral("authorization_reference")).toString();
        }
        const QJsonObject session{
            {QStringLiteral("country_code"), QStringLiteral("NL")},
            {QStringLiteral("party_id"), QStringLiteral("CPO")},
            {QStringLiteral("id"), QStringLiteral("S1")},
            {QStringLiteral("start_date_time"), QStringLiteral("2026-11-25T11:00:00Z")},
            {QStringLiteral("kwh"), 0.0},
            {QStringLiteral("cdr_token"), QJsonObject{{QStringLiteral("country_code"), QStringLiteral("DE")},
                                                      {QStringLiteral("party_id"), QStringLiteral("EMS")},
                                                      {QStringLiteral("uid"), kUid},
                                                      {QStringLiteral("type"), QStringLiteral("RFID")},
                                                      {QStringLiteral("contract_id"), QStringLiteral("DE-EMS-C4711000-3")}}},
            {QStringLiteral("auth_method"), QStringLiteral("AUTH_REQUEST")},
            {QStringLiteral("authorization_reference"), reference},
            {QStringLiteral("location_id"), QStringLiteral("LOC-0815")},
            {QStringLiteral("evse_uid"), QStringLiteral("EVSE-1")},
            {QStringLiteral("connector_id"), QStringLiteral("1")},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("status"), QStringLiteral("ACTIVE")},
            {QStringLiteral("last_updated"), QStringLiteral("2026-11-25T11:00:00Z")}};
        const QString url = m_nodes.emspUrl(QStringLiteral("sessions"), QStringLiteral("/NL/CPO/S1"));
        const HttpResult put = m_nodes.asCpo("PUT", url, compact(session));
        QCOMPARE(put.status, 201);
        QCOMPARE(put.ocpiStatus(), 1000);
        QCOMPARE(m_nodes.asCpo("GET", url).json().value(QStringLiteral("data")).toObject(), session);

        auto found = emspTokens().findAuthorization(reference);
        QVERIFY_STATUS(found);
        QCOMPARE(found->has_value(), ours);
        if (ours)
            QCOMPARE((*found)->token.id, kUid.toUpper());
    }
};

QTEST_MAIN(TestAuthorizationRefs)
#include "moc_tokenstests.cpp"
#include "tst_authorizationrefs.moc"
