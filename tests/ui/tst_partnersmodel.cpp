#include "partnersmodel.h"

#include "core/secrets.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(ocpi::Partner)

using namespace ocpi;

namespace {

PartnerRole role(const char *partyRole, const QString &businessName)
{
    PartnerRole role;
    role.party = *PartyRole::parse(QString::fromLatin1(partyRole));
    role.business.name = businessName;
    return role;
}

Partner partner(qint64 id, const QString &name, PartnerState state = PartnerState::Registered)
{
    Partner p;
    p.id = id;
    p.name = name;
    p.state = state;
    p.versionsUrl = QStringLiteral("https://%1.example.com/ocpi/versions").arg(name);
    p.version = state == PartnerState::Registered ? QStringLiteral("2.2.1") : QString();
    p.createdAt = test::fixedNow();
    return p;
}

QList<qint64> idsOf(const PartnersModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(PartnersModel::IdRole).toLongLong();
    return ids;
}

} // namespace

// The partners table: what each column shows for real Partner values, and refreshes that merge by
// id (rows change in place, so a view keeps its selection) under QAbstractItemModelTester.
class TstPartnersModel : public QObject
{
    Q_OBJECT

private slots:
    void columnsShowThePartner_data();
    void columnsShowThePartner();
    void neverShowsTheToken();
    void mergesByIdAndKeepsSelection();
    void unchangedRefreshSignalsNothing();
};

void TstPartnersModel::columnsShowThePartner_data()
{
    QTest::addColumn<Partner>("partner");
    QTest::addColumn<QStringList>("columns");

    Partner twoRoles = partner(1, QStringLiteral("Hub One"));
    twoRoles.roles = {role("DE-ABC:CPO", QStringLiteral("ABC Charging")), role("DE-ABC:EMSP", QStringLiteral("ABC Mobility")),
                      role("NL-XYZ:CPO", QStringLiteral("XYZ"))};
    twoRoles.lastContact = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
    QTest::newRow("registered, parties and roles listed once each")
        << twoRoles
        << QStringList{QStringLiteral("1"), QStringLiteral("Hub One"), QStringLiteral("DE-ABC, NL-XYZ"), QStringLiteral("CPO, EMSP"),
                       QStringLiteral("registered"), QStringLiteral("2.2.1"),
                       twoRoles.lastContact.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), QString()};

    Partner failed = partner(2, QStringLiteral("flaky"), PartnerState::Failed);
    failed.stateReason = QStringLiteral("GET versions: connection refused");
    QTest::newRow("failed shows its reason")
        << failed
        << QStringList{QStringLiteral("2"), QStringLiteral("flaky"), QString(), QString(),
                       QStringLiteral("failed (GET versions: connection refused)"), QString(), QString(), QString()};

    Partner invited = partner(3, QStringLiteral("newcomer"), PartnerState::Invited);
    QTest::newRow("invited, nothing known yet")
        << invited << QStringList{QStringLiteral("3"), QStringLiteral("newcomer"), QString(), QString(), QStringLiteral("invited"), QString(), QString(), QString()};

    Partner unnamed = partner(4, QString());
    unnamed.roles = {role("FR-QQQ:EMSP", QStringLiteral("Q"))};
    QTest::newRow("no name: labelled by its first party")
        << unnamed
        << QStringList{QStringLiteral("4"), QStringLiteral("FR-QQQ"), QStringLiteral("FR-QQQ"), QStringLiteral("EMSP"), QStringLiteral("registered"),
                       QStringLiteral("2.2.1"), QString(), QString()};

    // HCI-05: each party behind a hub with the status the hub reports.
    Partner hub = partner(5, QStringLiteral("the-hub"));
    hub.roles = {role("FR-HUB:HUB", QStringLiteral("Hub"))};
    hub.hubParties = {HubParty{5, *PartyRole::parse(u"FR-AAA:CPO"), ConnectionStatus::Offline, test::fixedNow()},
                      HubParty{5, *PartyRole::parse(u"BE-BBB:EMSP"), ConnectionStatus::Planned, test::fixedNow()}};
    QTest::newRow("a hub: the parties behind it and their status")
        << hub
        << QStringList{QStringLiteral("5"), QStringLiteral("the-hub"), QStringLiteral("FR-HUB"), QStringLiteral("HUB"), QStringLiteral("registered"),
                       QStringLiteral("2.2.1"), QString(), QStringLiteral("FR-AAA CPO: OFFLINE, BE-BBB EMSP: PLANNED")};
}

void TstPartnersModel::columnsShowThePartner()
{
    QFETCH(Partner, partner);
    QFETCH(QStringList, columns);
    PartnersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPartners({partner});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(PartnersModel::ColumnCount));
    QStringList shown;
    for (int column = 0; column < model.columnCount(); ++column)
        shown << model.index(0, column).data().toString();
    QCOMPARE(shown, columns);
    QCOMPARE(model.index(0, 0).data(PartnersModel::IdRole).toLongLong(), partner.id);
    QCOMPARE(model.index(0, 0).data(PartnersModel::StateRole).toInt(), int(partner.state));
    QCOMPARE(model.headerData(PartnersModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("State"));
}

void TstPartnersModel::neverShowsTheToken()
{
    Partner p = partner(7, QStringLiteral("secretive"));
    p.outgoingToken = QStringLiteral("TOKENC-0123456789abcdefghijklmnopqrstuvwxyzABCDE");
    p.stateReason = QStringLiteral("fine");
    p.lastContact = test::fixedNow();
    PartnersModel model;
    model.setPartners({p});
    for (int column = 0; column < model.columnCount(); ++column) {
        for (int role = 0; role <= PartnersModel::SortRole; ++role) {
            const QString text = model.index(0, column).data(role).toString();
            QVERIFY2(!text.contains(QStringLiteral("0123456789abcdef")),
                     qPrintable(QStringLiteral("column %1 role %2: %3").arg(column).arg(role).arg(text)));
        }
    }
    // Kept for the details view, which shows it masked.
    QCOMPARE(model.partner(0).outgoingToken, p.outgoingToken);
    QCOMPARE(secrets::mask(p.outgoingToken), QStringLiteral("TOKE…(48 chars)"));
}

void TstPartnersModel::mergesByIdAndKeepsSelection()
{
    PartnersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QItemSelectionModel selection(&model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // Input in any order; rows by id.
    model.setPartners({partner(5, QStringLiteral("e")), partner(2, QStringLiteral("b")), partner(3, QStringLiteral("c"))});
    QCOMPARE(idsOf(model), (QList<qint64>{2, 3, 5}));
    QCOMPARE(model.rowForId(3), 1);
    QCOMPARE(model.rowForId(4), -1);
    selection.setCurrentIndex(model.index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // 2 removed, 1 added before the selection, 3 changed in place, 4 and 6 added around 5.
    Partner c = partner(3, QStringLiteral("c"), PartnerState::Failed);
    c.stateReason = QStringLiteral("the partner refused our credentials");
    model.setPartners({partner(1, QStringLiteral("a")), c, partner(4, QStringLiteral("d")), partner(5, QStringLiteral("e")),
                       partner(6, QStringLiteral("f"))});
    QCOMPARE(idsOf(model), (QList<qint64>{1, 3, 4, 5, 6}));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(resets.count(), 0);
    // The selected partner is still selected, at its new row, with its new state.
    QCOMPARE(selection.currentIndex().data(PartnersModel::IdRole).toLongLong(), 3);
    QVERIFY(selection.isRowSelected(selection.currentIndex().row()));
    QCOMPARE(model.index(model.rowForId(3), PartnersModel::StateColumn).data().toString(),
             QStringLiteral("failed (the partner refused our credentials)"));

    // A run of removals is one signal; removing the selected row clears the selection.
    removed.clear();
    model.setPartners({partner(1, QStringLiteral("a"))});
    QCOMPARE(idsOf(model), (QList<qint64>{1}));
    QCOMPARE(removed.count(), 1);
    QVERIFY(!selection.hasSelection());
    model.setPartners({});
    QCOMPARE(model.rowCount(), 0);
}

void TstPartnersModel::unchangedRefreshSignalsNothing()
{
    PartnersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Partner p = partner(1, QStringLiteral("a"));
    p.roles = {role("DE-ABC:CPO", QStringLiteral("ABC"))};
    p.endpoints = {{QStringLiteral("credentials"), QStringLiteral("RECEIVER"), QStringLiteral("https://a/credentials")}};
    model.setPartners({p});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPartners({p});
    QCOMPARE(changed.count(), 0);
    // Fields only the details show count as changes too (the details view follows dataChanged).
    p.endpoints.first().url = QStringLiteral("https://a/v2/credentials");
    model.setPartners({p});
    QCOMPARE(changed.count(), 1);
    p.roles.first().business.name = QStringLiteral("ABC Renamed");
    model.setPartners({p});
    QCOMPARE(changed.count(), 2);
    p.encodingSetting = EncodingSetting::Raw;
    model.setPartners({p});
    QCOMPARE(changed.count(), 3);
}

QTEST_MAIN(TstPartnersModel)
#include "tst_partnersmodel.moc"
