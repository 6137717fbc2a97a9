#include "objectpagesfixture.h"

using namespace ocpi;
using namespace ocpi::test;

// The locations, tariffs and tokens pages, editing: create and edit through the JSON dialog
// (validated like a partner's PUT), EVSE status, tariff deletion, token invalidation and real-time
// authorization (LOC-12/14/19, TAR-02/04, TOK-04..06, TOK-12/13).
class TstObjectPages : public ObjectPagesFixture
{
    Q_OBJECT

private slots:
    void init() { startConsole(); }
    void cleanup() { stopConsole(); }

    void pagesFollowPartners();
    void newTemplatesAreValid_data();
    void newTemplatesAreValid();
    void locationCreatedThroughDialogAppearsInTree();
    void invalidLocationKeepsDialogOpen_data();
    void invalidLocationKeepsDialogOpen();
    void editKeepsIdAndRestampsLastUpdated();
    void evseStatusReachesTreeAndStore();
    void partnersObjectsAreReadOnly();
    void tariffCreatedAndDeleted();
    void tokenInvalidatedAndAuthorized();
};

void TstObjectPages::pagesFollowPartners()
{
    const QStringList keys = m_window->pageKeys();
    QCOMPARE(keys.mid(keys.indexOf(QStringLiteral("partners"))),
             (QStringList{QStringLiteral("partners"), QStringLiteral("locations"), QStringLiteral("tariffs"),
                          QStringLiteral("tokens"), QStringLiteral("sessions"), QStringLiteral("cdrs"),
                          QStringLiteral("commands"), QStringLiteral("chargingprofiles"), QStringLiteral("reservations"), QStringLiteral("traffic"),
                          QStringLiteral("settings")}));
}

void TstObjectPages::newTemplatesAreValid_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("owner");
    QTest::newRow("location") << QStringLiteral("locations") << QStringLiteral("NL-CPO");
    QTest::newRow("tariff") << QStringLiteral("tariffs") << QStringLiteral("NL-CPO");
    QTest::newRow("token") << QStringLiteral("tokens") << QStringLiteral("NL-CPO");
    QTest::newRow("session") << QStringLiteral("sessions") << QStringLiteral("NL-CPO");
}

void TstObjectPages::newTemplatesAreValid()
{
    QFETCH(QString, module);
    QFETCH(QString, owner);
    QVERIFY(m_window->showPage(module));
    QTRY_VERIFY(page(module)->newButton()->isEnabled());
    QPointer<ObjectEditorDialog> dialog = page(module)->openNewDialog();
    const QJsonObject seed = QJsonDocument::fromJson(dialog->editor()->toPlainText().toUtf8()).object();
    QCOMPARE(seed.value(QStringLiteral("country_code")).toString() + QLatin1Char('-')
                 + seed.value(QStringLiteral("party_id")).toString(),
             owner);
    dialog->accept();
    QTRY_VERIFY2(!dialog, dialog ? qPrintable(dialog->message()) : "");
    QTRY_COMPARE(page(module)->proxy()->rowCount(), 1);
    // The saved object is selected and shown.
    QTRY_VERIFY(!page(module)->selectedIdentity().isEmpty());
    QVERIFY(page(module)->detailsView()->toPlainText().contains(owner.right(3)));
    QVERIFY(page(module)->outcomeText().startsWith(QStringLiteral("Created")));
}

void TstObjectPages::locationCreatedThroughDialogAppearsInTree()
{
    QVERIFY(createThroughDialog(QStringLiteral("locations"), fixture(QStringLiteral("locations/location_2x2.json"))));
    QTreeView *view = locations()->view();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QModelIndex berlin = view->model()->index(0, LocationsModel::IdColumn);
    QCOMPARE(berlin.data().toString(), QStringLiteral("BER-ALX-0042"));
    QCOMPARE(berlin.siblingAtColumn(LocationsModel::OwnerColumn).data().toString(), QStringLiteral("NL-CPO"));
    QCOMPARE(berlin.siblingAtColumn(LocationsModel::SourceColumn).data().toString(), QStringLiteral("ours"));
    QCOMPARE(view->model()->rowCount(berlin), 2);
    QCOMPARE(view->model()->rowCount(view->model()->index(0, 0, berlin)), 2);
    QVERIFY(locations()->detailsView()->toPlainText().contains(QStringLiteral("Parkhaus Alexanderplatz")));

    const auto object = stored(QStringLiteral("locations"), QStringLiteral("BER-ALX-0042"));
    QVERIFY(object);
    QCOMPARE(object->partnerId, 0);
    // "New" never replaces: the same id again is refused and the dialog stays open.
    QPointer<ObjectEditorDialog> again = locations()->openNewDialog();
    showJsonTab(again);
    again->editor()->setPlainText(text(fixture(QStringLiteral("locations/location_2x2.json"))));
    again->accept();
    QTRY_VERIFY(again->message().contains(QStringLiteral("exists already")));
    QVERIFY(again->isVisible());
    again->reject();
}

void TstObjectPages::invalidLocationKeepsDialogOpen_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("message");

    QJsonObject location = fixture(QStringLiteral("locations/location_2x2.json"));
    QJsonObject noCity = location;
    noCity.remove(QStringLiteral("city"));
    QTest::newRow("missing city") << text(noCity) << QStringLiteral("city: ");

    QJsonObject badVoltage = location;
    QJsonArray evses = badVoltage.value(QStringLiteral("evses")).toArray();
    QJsonObject evse = evses.at(1).toObject();
    QJsonArray connectors = evse.value(QStringLiteral("connectors")).toArray();
    QJsonObject connector = connectors.at(0).toObject();
    connector.insert(QStringLiteral("max_voltage"), QStringLiteral("high"));
    connectors.replace(0, connector);
    evse.insert(QStringLiteral("connectors"), connectors);
    evses.replace(1, evse);
    badVoltage.insert(QStringLiteral("evses"), evses);
    QTest::newRow("nested field") << text(badVoltage) << QStringLiteral("evses[1].connectors[0].max_voltage");

    QJsonObject badStatus = location;
    evses = badStatus.value(QStringLiteral("evses")).toArray();
    evse = evses.at(0).toObject();
    evse.insert(QStringLiteral("status"), QStringLiteral("BROKEN"));
    evses.replace(0, evse);
    badStatus.insert(QStringLiteral("evses"), evses);
    QTest::newRow("unknown status") << text(badStatus) << QStringLiteral("evses[0].status");

    QTest::newRow("not our party") << text(fixture(QStringLiteral("locations/location_2x2.json"), QStringLiteral("DE"),
                                                   QStringLiteral("EXC")))
                                   << QStringLiteral("country_code/party_id: DE-EXC is not a CPO party");
    QTest::newRow("not json") << QStringLiteral("{\"id\": ") << QStringLiteral("Not valid JSON");
}

void TstObjectPages::invalidLocationKeepsDialogOpen()
{
    QFETCH(QString, json);
    QFETCH(QString, message);
    QVERIFY(m_window->showPage(QStringLiteral("locations")));
    QTRY_VERIFY(locations()->newButton()->isEnabled());
    QPointer<ObjectEditorDialog> dialog = locations()->openNewDialog();
    showJsonTab(dialog);
    dialog->editor()->setPlainText(json);
    dialog->accept();
    QTRY_VERIFY2(dialog->message().contains(message), qPrintable(dialog->message()));
    QVERIFY(!dialog->isSaving());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->editor()->toPlainText(), json); // the operator's text stays to be fixed
    QVERIFY(!stored(QStringLiteral("locations"), QStringLiteral("BER-ALX-0042")));
    dialog->reject();
    QTRY_VERIFY(!dialog);
    QCOMPARE(locations()->proxy()->rowCount(), 0);
}

void TstObjectPages::editKeepsIdAndRestampsLastUpdated()
{
    const QJsonObject original = fixture(QStringLiteral("locations/location_2x2.json"));
    QVERIFY(createThroughDialog(QStringLiteral("locations"), original));
    QTRY_VERIFY(locations()->selectObject(locations()->model()->index(0, 0).data(ObjectIdentityRole).toString()));
    QVERIFY(locations()->editButton()->isEnabled());

    QPointer<ObjectEditorDialog> dialog = locations()->openEditDialog();
    showJsonTab(dialog);
    QJsonObject edited = QJsonDocument::fromJson(dialog->editor()->toPlainText().toUtf8()).object();
    const QString seededTime = edited.value(QStringLiteral("last_updated")).toString();
    edited.insert(QStringLiteral("id"), QStringLiteral("OTHER-ID"));
    dialog->editor()->setPlainText(text(edited));
    dialog->accept();
    QVERIFY(dialog->message().contains(QStringLiteral("id: cannot change")));

    edited.insert(QStringLiteral("id"), original.value(QStringLiteral("id")));
    edited.insert(QStringLiteral("name"), QStringLiteral("Parkhaus Alex (renamed)"));
    dialog->editor()->setPlainText(text(edited));
    dialog->accept();
    QTRY_VERIFY(!dialog);

    const QModelIndex berlin = locations()->view()->model()->index(0, LocationsModel::NameColumn);
    QTRY_COMPARE(berlin.data().toString(), QStringLiteral("Parkhaus Alex (renamed)"));
    const auto object = stored(QStringLiteral("locations"), QStringLiteral("BER-ALX-0042"));
    QVERIFY(object);
    // Unchanged in the editor: stamped with the time of saving, not pushed with the old one.
    QVERIFY(object->lastUpdated > *parseDateTime(seededTime));
    QVERIFY(object->lastUpdated.secsTo(QDateTime::currentDateTimeUtc()) < 60);
}

void TstObjectPages::evseStatusReachesTreeAndStore()
{
    QVERIFY(createThroughDialog(QStringLiteral("locations"), fixture(QStringLiteral("locations/location_2x2.json"))));
    QTRY_COMPARE(locations()->model()->rowCount(), 1);
    const QString identity = locations()->model()->index(0, 0).data(ObjectIdentityRole).toString();
    // A Location selected: no EVSE to set.
    QVERIFY(locations()->selectObject(identity));
    QVERIFY(!locations()->setStatusButton()->isEnabled());

    QVERIFY(locations()->selectEvse(identity, QStringLiteral("BER42-DC-2")));
    QVERIFY(locations()->view()->isExpanded(locations()->view()->currentIndex().parent()));
    QCOMPARE(locations()->statusCombo()->currentText(), QStringLiteral("CHARGING"));
    QVERIFY(locations()->setStatusButton()->isEnabled());
    locations()->statusCombo()->setCurrentText(QStringLiteral("OUTOFORDER"));
    locations()->setStatusButton()->click();

    const QPersistentModelIndex evse = locations()->view()->currentIndex();
    QTRY_COMPARE(evse.sibling(evse.row(), LocationsModel::StatusColumn).data().toString(), QStringLiteral("OUTOFORDER"));
    // The refresh kept the selection and the expansion.
    QCOMPARE(locations()->view()->currentIndex(), QModelIndex(evse));
    QVERIFY(locations()->view()->isExpanded(evse.parent()));
    QCOMPARE(evse.parent().siblingAtColumn(LocationsModel::StatusColumn).data().toString(),
             QStringLiteral("1 AVAILABLE, 1 OUTOFORDER"));
    QVERIFY(locations()->detailsView()->toPlainText().contains(QStringLiteral("\"OUTOFORDER\"")));
    QCOMPARE(locations()->outcomeText(), QStringLiteral("EVSE BER42-DC-2 is now OUTOFORDER."));

    const auto object = stored(QStringLiteral("locations"), QStringLiteral("BER-ALX-0042"));
    QVERIFY(object);
    const QJsonArray evses = QJsonDocument::fromJson(object->json).object().value(QStringLiteral("evses")).toArray();
    QCOMPARE(evses.at(1).toObject().value(QStringLiteral("uid")).toString(), QStringLiteral("BER42-DC-2"));
    QCOMPARE(evses.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("OUTOFORDER"));
    QCOMPARE(evses.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("AVAILABLE"));
}

void TstObjectPages::partnersObjectsAreReadOnly()
{
    receiveFromPartner(QStringLiteral("locations"), fixture(QStringLiteral("locations/location_2x2.json"),
                                                            QStringLiteral("DE"), QStringLiteral("EXC")),
                       Role::CPO);
    QVERIFY(m_window->showPage(QStringLiteral("locations")));
    QTRY_COMPARE(locations()->model()->rowCount(), 1);
    const QModelIndex berlin = locations()->model()->index(0, LocationsModel::SourceColumn);
    QCOMPARE(berlin.data().toString(), QStringLiteral("partner 7"));
    const QString identity = berlin.data(ObjectIdentityRole).toString();
    QVERIFY(locations()->selectEvse(identity, QStringLiteral("BER42-AC-1")));
    QVERIFY(!locations()->editButton()->isEnabled());
    QVERIFY(!locations()->setStatusButton()->isEnabled());
    QVERIFY(!locations()->openEditDialog());
    QVERIFY(locations()->newButton()->isEnabled()); // ours can still be made
}

void TstObjectPages::tariffCreatedAndDeleted()
{
    QVERIFY(createThroughDialog(QStringLiteral("tariffs"), fixture(QStringLiteral("tariffs/tariff_free.json"))));
    QVERIFY(createThroughDialog(QStringLiteral("tariffs"), fixture(QStringLiteral("tariffs/tariff_full.json"))));
    QTRY_COMPARE(tariffs()->proxy()->rowCount(), 2);
    const QString free =
        ObjectRow::identityOf(ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("FREE")));
    QVERIFY(tariffs()->selectObject(free));
    const int row = tariffs()->model()->rowOf(free);
    QVERIFY(row >= 0);
    QCOMPARE(tariffs()->model()->index(row, 2).data().toString(), QStringLiteral("EUR"));
    QCOMPARE(tariffs()->model()->index(row, 3).data().toString(), QStringLiteral("(all)"));
    // The price column reads as a sentence (node/pricing/tariffsummary.h).
    QCOMPARE(tariffs()->model()->index(row, 4).data().toString(), QStringLiteral("free of charge"));
    const int full = tariffs()->model()->rowOf(
        ObjectRow::identityOf(ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("AC-STANDARD"))));
    QVERIFY(full >= 0);
    QVERIFY2(tariffs()->model()->index(full, 4).data().toString().contains(QStringLiteral("€/kWh")),
             qPrintable(tariffs()->model()->index(full, 4).data().toString()));
    QCOMPARE(tariffs()->model()->index(row, 6).data().toString(), QStringLiteral("ours"));
    QVERIFY(tariffs()->deleteButton()->isEnabled());

    // Cancel keeps it.
    QPointer<QMessageBox> box = tariffs()->deleteSelected();
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!box);
    QVERIFY(stored(QStringLiteral("tariffs"), QStringLiteral("FREE")));

    box = tariffs()->deleteSelected();
    QVERIFY(box->text().contains(QStringLiteral("FREE")));
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(tariffs()->proxy()->rowCount(), 1);
    QCOMPARE(tariffs()->outcomeText(), QStringLiteral("Deleted tariff FREE."));
    QVERIFY(!stored(QStringLiteral("tariffs"), QStringLiteral("FREE")));
    QVERIFY(stored(QStringLiteral("tariffs"), fixture(QStringLiteral("tariffs/tariff_full.json")).value(QStringLiteral("id")).toString()));
}

void TstObjectPages::tokenInvalidatedAndAuthorized()
{
    const QJsonObject card = fixture(QStringLiteral("tokens/ems_rfid_card.json"));
    const QString uid = card.value(QStringLiteral("uid")).toString();
    QVERIFY(createThroughDialog(QStringLiteral("tokens"), card));
    QTRY_VERIFY(!tokens()->selectedIdentity().isEmpty());
    const int row = tokens()->model()->rowOf(tokens()->selectedIdentity());
    auto column = [&](int c) { return tokens()->model()->index(row, c).data().toString(); };
    QCOMPARE(column(1), uid);
    QCOMPARE(column(2), QStringLiteral("RFID"));
    QCOMPARE(column(3), card.value(QStringLiteral("contract_id")).toString());
    QCOMPARE(column(4), QStringLiteral("yes"));
    QCOMPARE(column(5), QStringLiteral("ALLOWED"));
    QVERIFY(tokens()->invalidateButton()->isEnabled());
    QVERIFY(!tokens()->validateButton()->isEnabled());

    QPointer<AuthorizeDialog> dialog = tokens()->openAuthorizeDialog();
    QCOMPARE(dialog->uidEdit()->text(), uid);
    QCOMPARE(dialog->typeCombo()->currentText(), QStringLiteral("RFID"));
    dialog->locationEdit()->setText(QStringLiteral("BER-ALX-0042"));
    dialog->evsesEdit()->setText(QStringLiteral("BER42-AC-1, BER42-DC-2"));
    dialog->authorizeButton()->click();
    QTRY_COMPARE(dialog->answers(), 1);
    QCOMPARE(dialog->outcome(), QStringLiteral("ALLOWED"));
    const QJsonObject info = QJsonDocument::fromJson(dialog->resultText().toUtf8()).object();
    QCOMPARE(info.value(QStringLiteral("token")).toObject().value(QStringLiteral("uid")).toString(), uid);
    QCOMPARE(info.value(QStringLiteral("location")).toObject().value(QStringLiteral("evse_uids")).toArray().size(), 2);
    QVERIFY(!info.value(QStringLiteral("authorization_reference")).toString().isEmpty());
    dialog->reject();

    tokens()->invalidateButton()->click();
    QTRY_COMPARE(column(4), QStringLiteral("no"));
    QCOMPARE(tokens()->outcomeText(), QStringLiteral("Token %1 is invalidated.").arg(uid));
    QTRY_VERIFY(tokens()->validateButton()->isEnabled());
    QVERIFY(!tokens()->invalidateButton()->isEnabled());
    const auto object = stored(QStringLiteral("tokens"), uid);
    QVERIFY(object);
    QCOMPARE(QJsonDocument::fromJson(object->json).object().value(QStringLiteral("valid")), QJsonValue(false));

    dialog = tokens()->openAuthorizeDialog();
    dialog->authorizeButton()->click();
    QTRY_COMPARE(dialog->answers(), 1);
    QCOMPARE(dialog->outcome(), QStringLiteral("BLOCKED"));

    // TOK-06: an unknown token is the 2004 error, as a CPO would get it.
    dialog->uidEdit()->setText(QStringLiteral("NO-SUCH-CARD"));
    dialog->authorizeButton()->click();
    QTRY_COMPARE(dialog->answers(), 2);
    QVERIFY2(dialog->outcome().startsWith(QStringLiteral("Error 2004 (HTTP 404)")), qPrintable(dialog->outcome()));
    QVERIFY(dialog->outcome().contains(QStringLiteral("NO-SUCH-CARD")));
    QVERIFY(dialog->resultText().isEmpty());
    // Another type is another token (TOK-02).
    dialog->uidEdit()->setText(uid);
    dialog->typeCombo()->setCurrentText(QStringLiteral("APP_USER"));
    dialog->authorizeButton()->click();
    QTRY_COMPARE(dialog->answers(), 3);
    QVERIFY(dialog->outcome().startsWith(QStringLiteral("Error 2004")));
    dialog->reject();

    tokens()->validateButton()->click();
    QTRY_COMPARE(column(4), QStringLiteral("yes"));
}

QTEST_MAIN(TstObjectPages)
#include "tst_objectpages.moc"
