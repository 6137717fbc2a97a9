#include "consolewithcpo.h"
#include "fieldwords.h"
#include "locationspage.h"
#include "objecteditordialog.h"
#include "objectform.h"
#include "objectfilterproxy.h"
#include "objectlisteditor.h"
#include "tariffspage.h"
#include "tokenspage.h"

#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>

using namespace ocpi;

namespace {

template <typename Widget>
Widget *field(ObjectForm *form, const QString &path)
{
    auto *widget = qobject_cast<Widget *>(form->reveal(path));
    if (!widget)
        qWarning() << "no" << Widget::staticMetaObject.className() << "at" << path;
    return widget;
}

// As the operator types: the old text selected away, the new one keyed in.
void type(ObjectForm *form, const QString &path, const QString &text)
{
    QLineEdit *edit = field<QLineEdit>(form, path);
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void choose(ObjectForm *form, const QString &path, const QString &text)
{
    QComboBox *combo = field<QComboBox>(form, path);
    QVERIFY(combo);
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

void addItem(ObjectForm *form, const QString &path)
{
    ObjectListEditor *list = field<ObjectListEditor>(form, path);
    QVERIFY(list);
    list->addButton()->click();
}

// Saves; true once the dialog closed (the node stored the object).
bool saved(const QPointer<ObjectEditorDialog> &dialog)
{
    dialog->accept();
    if (QTest::qWaitFor([&] { return !dialog; }, 5000))
        return true;
    qWarning() << "dialog still open:" << dialog->message();
    return false;
}

QJsonObject dataFile(const QString &path)
{
    return test::ConsoleWithCpo::dataFile(path, QStringLiteral("NL"), QStringLiteral("CPO"));
}

} // namespace

// The schema-driven forms of the object dialog (issue 11, "forms, not only JSON"): a Location with
// 2 EVSEs x 2 connectors filled through the widgets, a Tariff read and written back unchanged
// (fields the form does not show kept), every problem shown at its field at once with nothing
// sent, Form and JSON tabs in sync, a Token created and edited (key read-only, LOC-11).
class TstObjectForms : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_console.startConsole({QStringLiteral("NL-CPO:CPO"), QStringLiteral("NL-CPO:EMSP")}); }
    void cleanup() { m_console.reset(); }

    void locationFilledThroughWidgets();
    void tariffRoundTripKeepsEveryField();
    void everyProblemAtItsFieldAtOnce();
    void tabsStayInSync();
    void nodesRefusalShownAtItsField();
    void tokenCreatedAndEditedThroughForm();
    void labelsAndMessagesInPlainWords();

private:
    ObjectListPage *page(const QString &module)
    {
        return qobject_cast<ObjectListPage *>(m_console.window->page(module));
    }
    ObjectEditorDialog *openNew(const QString &module)
    {
        if (!m_console.window->showPage(module) || !QTest::qWaitFor([&] { return page(module)->newButton()->isEnabled(); }))
            return nullptr;
        return page(module)->openNewDialog();
    }
    std::optional<QJsonObject> stored(const QString &module, const QString &id)
    {
        std::optional<QJsonObject> found;
        m_console.inNode([&](NodeServices &services) {
            const auto all = services.objectService(module)->stored(ObjectFilter{});
            QVERIFY(all.ok());
            for (const StoredObject &object : std::as_const(*all)) {
                if (object.key.id == id)
                    found = QJsonDocument::fromJson(object.json).object();
            }
        });
        return found;
    }

    test::ConsoleWithCpo m_console;
};

void TstObjectForms::locationFilledThroughWidgets()
{
    QPointer<ObjectEditorDialog> dialog = openNew(QStringLiteral("locations"));
    QVERIFY(dialog);
    QCOMPARE(dialog->tabs()->currentIndex(), int(ObjectEditorDialog::FormTab));
    ObjectForm *form = dialog->form();
    // Prefilled by the node: our party and the times it stamps.
    QCOMPARE(field<QLineEdit>(form, QStringLiteral("party_id"))->text(), QStringLiteral("CPO"));
    QVERIFY(!field<QLineEdit>(form, QStringLiteral("last_updated"))->text().isEmpty());

    type(form, QStringLiteral("id"), QStringLiteral("UTR-FORM-1"));
    type(form, QStringLiteral("name"), QStringLiteral("Jaarbeurs P1"));
    type(form, QStringLiteral("coordinates.latitude"), QStringLiteral("52.08830"));
    choose(form, QStringLiteral("parking_type"), QStringLiteral("PARKING_GARAGE"));
    // The template's EVSE has one connector; a second EVSE and a second connector on each.
    addItem(form, QStringLiteral("evses"));
    type(form, QStringLiteral("evses[1].uid"), QStringLiteral("UTR-FORM-1-2"));
    choose(form, QStringLiteral("evses[1].status"), QStringLiteral("CHARGING"));
    addItem(form, QStringLiteral("evses[1].connectors"));
    for (int evse = 0; evse < 2; ++evse) {
        if (evse == 0)
            addItem(form, QStringLiteral("evses[0].connectors"));
        for (int connector = evse == 0 ? 1 : 0; connector < 2; ++connector) {
            if (evse == 1 && connector == 1)
                addItem(form, QStringLiteral("evses[1].connectors"));
            const QString at = QStringLiteral("evses[%1].connectors[%2].").arg(evse).arg(connector);
            type(form, at + QLatin1String("id"), QString::number(connector + 1));
            choose(form, at + QLatin1String("standard"), QStringLiteral("IEC_62196_T2_COMBO"));
            choose(form, at + QLatin1String("format"), QStringLiteral("CABLE"));
            choose(form, at + QLatin1String("power_type"), QStringLiteral("DC"));
            type(form, at + QLatin1String("max_voltage"), QStringLiteral("920"));
            type(form, at + QLatin1String("max_amperage"), QString::number(200 + 10 * evse + connector));
        }
    }
    QListWidget *capabilities = field<QListWidget>(form, QStringLiteral("evses[1].capabilities"));
    QVERIFY(capabilities);
    capabilities->findItems(QStringLiteral("RFID_READER"), Qt::MatchExactly).first()->setCheckState(Qt::Checked);

    QVERIFY(saved(dialog));
    const auto location = stored(QStringLiteral("locations"), QStringLiteral("UTR-FORM-1"));
    QVERIFY(location);
    QCOMPARE(location->value(QStringLiteral("name")).toString(), QStringLiteral("Jaarbeurs P1"));
    QCOMPARE(location->value(QStringLiteral("parking_type")).toString(), QStringLiteral("PARKING_GARAGE"));
    QCOMPARE(location->value(QStringLiteral("coordinates")).toObject().value(QStringLiteral("latitude")).toString(),
             QStringLiteral("52.08830"));
    const QJsonArray evses = location->value(QStringLiteral("evses")).toArray();
    QCOMPARE(evses.size(), 2);
    QCOMPARE(evses.at(1).toObject().value(QStringLiteral("uid")).toString(), QStringLiteral("UTR-FORM-1-2"));
    QCOMPARE(evses.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("CHARGING"));
    QCOMPARE(evses.at(1).toObject().value(QStringLiteral("capabilities")).toArray(), QJsonArray{QStringLiteral("RFID_READER")});
    for (int evse = 0; evse < 2; ++evse) {
        const QJsonArray connectors = evses.at(evse).toObject().value(QStringLiteral("connectors")).toArray();
        QCOMPARE(connectors.size(), 2);
        const QJsonObject second = connectors.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("id")).toString(), QStringLiteral("2"));
        QCOMPARE(second.value(QStringLiteral("power_type")).toString(), QStringLiteral("DC"));
        QCOMPARE(second.value(QStringLiteral("max_voltage")), QJsonValue(920));
        QCOMPARE(second.value(QStringLiteral("max_amperage")), QJsonValue(200 + 10 * evse + 1));
        QVERIFY(!second.value(QStringLiteral("last_updated")).toString().isEmpty()); // stamped on Add
    }
}

void TstObjectForms::tariffRoundTripKeepsEveryField()
{
    QJsonObject tariff = dataFile(QStringLiteral("tariffs/tariff_full.json"));
    m_console.inNode([&](NodeServices &services) { QVERIFY_STATUS(services.service<TariffService>().putOwn(tariff)); });
    const auto storedTariff = stored(QStringLiteral("tariffs"), QStringLiteral("AC-STANDARD"));
    QVERIFY(storedTariff);

    // The stored Tariff through the Edit dialog's form and back to its JSON tab: the same object.
    QVERIFY(m_console.window->showPage(QStringLiteral("tariffs")));
    ObjectListPage *tariffs = page(QStringLiteral("tariffs"));
    QTRY_COMPARE(tariffs->proxy()->rowCount(), 1);
    QVERIFY(tariffs->selectObject(tariffs->proxy()->index(0, 0).data(ObjectIdentityRole).toString()));
    QPointer<ObjectEditorDialog> dialog = tariffs->openEditDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->form()->reveal(QStringLiteral("elements[4].price_components[0].vat")));
    dialog->tabs()->setCurrentIndex(ObjectEditorDialog::JsonTab);
    QCOMPARE(QJsonDocument::fromJson(dialog->editor()->toPlainText().toUtf8()).object(), *storedTariff);
    dialog->reject();

    ObjectForm form(QStringLiteral("Tariff"));
    form.show();
    form.setObject(*storedTariff);
    // Looking through the items (selecting them) changes nothing either.
    QVERIFY(form.reveal(QStringLiteral("elements[2].restrictions.max_kwh")));
    QVERIFY(form.reveal(QStringLiteral("elements[1].price_components[0].price")));
    QCOMPARE(form.object(), *storedTariff);

    // Fields the form does not know (a newer version, an extension) are kept, also inside items.
    QJsonObject extended = *storedTariff;
    extended.insert(QStringLiteral("x_vendor"), QJsonObject{{QStringLiteral("campaign"), QStringLiteral("winter")}});
    QJsonArray elements = extended.value(QStringLiteral("elements")).toArray();
    QJsonObject first = elements.at(0).toObject();
    first.insert(QStringLiteral("x_note"), QStringLiteral("night"));
    elements.replace(0, first);
    extended.insert(QStringLiteral("elements"), elements);
    form.setObject(extended);
    // A price typed with 4 decimals is kept exactly, the rest untouched.
    type(&form, QStringLiteral("elements[0].price_components[0].price"), QStringLiteral("0.2512"));
    QVERIFY(form.reveal(QStringLiteral("elements[3].price_components[0].type"))); // leaves element 0
    QJsonObject expected = extended;
    QJsonObject component = first.value(QStringLiteral("price_components")).toArray().at(0).toObject();
    component.insert(QStringLiteral("price"), 0.2512);
    first.insert(QStringLiteral("price_components"), QJsonArray{component});
    elements.replace(0, first);
    expected.insert(QStringLiteral("elements"), elements);
    QCOMPARE(form.object(), expected);

    // Down, Up and Remove reorder and drop whole items, edits included.
    ObjectListEditor *list = field<ObjectListEditor>(&form, QStringLiteral("elements"));
    QVERIFY(list);
    list->list()->setCurrentRow(0);
    list->downButton()->click();
    QCOMPARE(list->list()->currentRow(), 1);
    QJsonArray reordered = form.object().value(QStringLiteral("elements")).toArray();
    QCOMPARE(reordered.at(0), elements.at(1));
    QCOMPARE(reordered.at(1), elements.at(0));
    list->upButton()->click();
    QCOMPARE(form.object(), expected);
    list->list()->setCurrentRow(4);
    list->removeButton()->click();
    elements.removeLast();
    QCOMPARE(form.object().value(QStringLiteral("elements")).toArray(), elements);
    QCOMPARE(list->list()->currentRow(), 3);
}

void TstObjectForms::everyProblemAtItsFieldAtOnce()
{
    QPointer<ObjectEditorDialog> dialog = openNew(QStringLiteral("locations"));
    QVERIFY(dialog);
    // The 2 x 2 location through the JSON tab, then broken in four places through the form.
    dialog->tabs()->setCurrentIndex(ObjectEditorDialog::JsonTab);
    dialog->editor()->setPlainText(QString::fromUtf8(QJsonDocument(dataFile(QStringLiteral("locations/location_2x2.json"))).toJson()));
    dialog->tabs()->setCurrentIndex(ObjectEditorDialog::FormTab);
    QCOMPARE(dialog->tabs()->currentIndex(), int(ObjectEditorDialog::FormTab));
    ObjectForm *form = dialog->form();
    type(form, QStringLiteral("city"), QString());
    type(form, QStringLiteral("coordinates.latitude"), QStringLiteral("52.1"));
    choose(form, QStringLiteral("evses[0].status"), QStringLiteral("(not set)"));
    type(form, QStringLiteral("evses[1].connectors[0].max_voltage"), QStringLiteral("230.5"));

    dialog->accept();
    QVERIFY(!dialog->isSaving()); // nothing was sent
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->message().startsWith(QStringLiteral("4 problem")), qPrintable(dialog->message()));
    QCOMPARE(dialog->problemList()->count(), 4);
    QCOMPARE(form->problemAt(QStringLiteral("city")), QStringLiteral("Required."));
    QVERIFY(form->problemAt(QStringLiteral("coordinates.latitude")).contains(QStringLiteral("is not a latitude")));
    QCOMPARE(form->problemAt(QStringLiteral("evses[0].status")), QStringLiteral("Required."));
    QCOMPARE(form->problemAt(QStringLiteral("evses[1].connectors[0].max_voltage")), QStringLiteral("Enter a whole number."));
    // The items holding problems are marked in their lists.
    ObjectListEditor *evses = field<ObjectListEditor>(form, QStringLiteral("evses"));
    QVERIFY(evses->isMarked(0) && evses->isMarked(1));
    ObjectListEditor *connectors = field<ObjectListEditor>(form, QStringLiteral("evses[1].connectors"));
    QVERIFY(connectors->isMarked(0) && !connectors->isMarked(1));
    QVERIFY(connectors->list()->item(0)->text().contains(QStringLiteral("1 problem")));

    // A summary entry leads to its field: the items on the way are selected.
    QListWidgetItem *nested = dialog->problemList()->findItems(QStringLiteral("EVSEs 2 › Connectors 1 › Max voltage"),
                                                              Qt::MatchStartsWith).value(0);
    QVERIFY(nested);
    QVERIFY(form->reveal(QStringLiteral("evses[0].uid")));
    emit dialog->problemList()->itemActivated(nested);
    QCOMPARE(evses->list()->currentRow(), 1);
    QCOMPARE(field<QLineEdit>(form, QStringLiteral("evses[1].connectors[0].max_voltage"))->text(), QStringLiteral("230.5"));
    QTest::qWait(100);
    QCOMPARE(m_console.consoleObjects(QStringLiteral("locations")), 0);

    // Fixed, it is saved.
    type(form, QStringLiteral("city"), QStringLiteral("Berlin"));
    type(form, QStringLiteral("coordinates.latitude"), QStringLiteral("52.52100"));
    choose(form, QStringLiteral("evses[0].status"), QStringLiteral("AVAILABLE"));
    type(form, QStringLiteral("evses[1].connectors[0].max_voltage"), QStringLiteral("400"));
    m_console.inNode([&](NodeServices &services) {
        QVERIFY_STATUS(services.service<TariffService>().putOwnBatch(test::tariffsNamedBy(dataFile(QStringLiteral("locations/location_2x2.json")))));
    });
    QVERIFY(saved(dialog));
    QCOMPARE(m_console.consoleObjects(QStringLiteral("locations")), 1);
}

void TstObjectForms::tabsStayInSync()
{
    QPointer<ObjectEditorDialog> dialog = openNew(QStringLiteral("tariffs"));
    QVERIFY(dialog);
    ObjectForm *form = dialog->form();
    type(form, QStringLiteral("currency"), QStringLiteral("CHF"));
    dialog->tabs()->setCurrentIndex(ObjectEditorDialog::JsonTab);
    QJsonObject json = QJsonDocument::fromJson(dialog->editor()->toPlainText().toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("currency")).toString(), QStringLiteral("CHF"));

    json.insert(QStringLiteral("tariff_alt_url"), QStringLiteral("https://example.com/chf"));
    dialog->editor()->setPlainText(QString::fromUtf8(QJsonDocument(json).toJson()));
    dialog->tabs()->setCurrentIndex(ObjectEditorDialog::FormTab);
    QCOMPARE(field<QLineEdit>(form, QStringLiteral("tariff_alt_url"))->text(), QStringLiteral("https://example.com/chf"));
    QCOMPARE(field<QLineEdit>(form, QStringLiteral("currency"))->text(), QStringLiteral("CHF"));

    // JSON that does not parse: said so, and the JSON tab stays with the text to fix.
    dialog->tabs()->setCurrentIndex(ObjectEditorDialog::JsonTab);
    dialog->editor()->setPlainText(QStringLiteral("{\"currency\": "));
    dialog->tabs()->setCurrentIndex(ObjectEditorDialog::FormTab);
    QCOMPARE(dialog->tabs()->currentIndex(), int(ObjectEditorDialog::JsonTab));
    QVERIFY(dialog->message().startsWith(QStringLiteral("Not valid JSON")));
    QCOMPARE(dialog->editor()->toPlainText(), QStringLiteral("{\"currency\": "));
    QCOMPARE(field<QLineEdit>(form, QStringLiteral("currency"))->text(), QStringLiteral("CHF"));
    dialog->reject();
}

void TstObjectForms::nodesRefusalShownAtItsField()
{
    // What only the node can check (LOC-22: a connector names one of our tariffs) comes back from
    // it and is shown at the field it names too.
    QPointer<ObjectEditorDialog> dialog = openNew(QStringLiteral("locations"));
    QVERIFY(dialog);
    ObjectForm *form = dialog->form();
    auto *tariffIds = field<QPlainTextEdit>(form, QStringLiteral("evses[0].connectors[0].tariff_ids"));
    QVERIFY(tariffIds);
    tariffIds->setFocus();
    QTest::keyClicks(tariffIds, QStringLiteral("NO-SUCH-TARIFF"));
    dialog->accept();
    QTRY_VERIFY2(dialog->message().startsWith(QStringLiteral("Not saved")), qPrintable(dialog->message()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->problemList()->count(), 1);
    QVERIFY2(form->problemAt(QStringLiteral("evses[0].connectors[0].tariff_ids")).contains(QStringLiteral("NO-SUCH-TARIFF")),
             qPrintable(form->problemAt(QStringLiteral("evses[0].connectors[0].tariff_ids"))));
    QVERIFY(field<ObjectListEditor>(form, QStringLiteral("evses"))->isMarked(0));
    QCOMPARE(m_console.consoleObjects(QStringLiteral("locations")), 0);
    dialog->reject();
}

void TstObjectForms::tokenCreatedAndEditedThroughForm()
{
    QPointer<ObjectEditorDialog> dialog = openNew(QStringLiteral("tokens"));
    QVERIFY(dialog);
    ObjectForm *form = dialog->form();
    type(form, QStringLiteral("uid"), QStringLiteral("04A1B2C3"));
    choose(form, QStringLiteral("type"), QStringLiteral("RFID"));
    type(form, QStringLiteral("contract_id"), QStringLiteral("NL-CPO-C00042"));
    type(form, QStringLiteral("visual_number"), QStringLiteral("NL-CPO-000042-1"));
    choose(form, QStringLiteral("whitelist"), QStringLiteral("ALWAYS"));
    choose(form, QStringLiteral("valid"), QStringLiteral("No"));
    QGroupBox *contract = field<QGroupBox>(form, QStringLiteral("energy_contract"));
    QVERIFY(contract && contract->isCheckable() && !contract->isChecked());
    contract->setChecked(true);
    type(form, QStringLiteral("energy_contract.supplier_name"), QStringLiteral("Greenchoice"));
    QVERIFY(saved(dialog));
    const auto token = stored(QStringLiteral("tokens"), QStringLiteral("04A1B2C3"));
    QVERIFY(token);
    QCOMPARE(token->value(QStringLiteral("contract_id")).toString(), QStringLiteral("NL-CPO-C00042"));
    QCOMPARE(token->value(QStringLiteral("whitelist")).toString(), QStringLiteral("ALWAYS"));
    QCOMPARE(token->value(QStringLiteral("valid")), QJsonValue(false));
    QCOMPARE(token->value(QStringLiteral("energy_contract")).toObject(),
             (QJsonObject{{QStringLiteral("supplier_name"), QStringLiteral("Greenchoice")}}));

    // Edit: the key cannot change (LOC-11), the rest can.
    ObjectListPage *tokens = page(QStringLiteral("tokens"));
    QTRY_VERIFY(tokens->selectObject(tokens->proxy()->index(0, 0).data(ObjectIdentityRole).toString()));
    QPointer<ObjectEditorDialog> edit = tokens->openEditDialog();
    QVERIFY(edit);
    QVERIFY(field<QLineEdit>(edit->form(), QStringLiteral("uid"))->isReadOnly());
    QVERIFY(!field<QComboBox>(edit->form(), QStringLiteral("type"))->isEnabled());
    QVERIFY(!field<QLineEdit>(edit->form(), QStringLiteral("issuer"))->isReadOnly());
    type(edit->form(), QStringLiteral("issuer"), QStringLiteral("Utrecht Charging"));
    QVERIFY(saved(edit));
    QCOMPARE(stored(QStringLiteral("tokens"), QStringLiteral("04A1B2C3"))->value(QStringLiteral("issuer")).toString(),
             QStringLiteral("Utrecht Charging"));
}

void TstObjectForms::labelsAndMessagesInPlainWords()
{
    QCOMPARE(fieldwords::label(QStringLiteral("max_voltage")), QStringLiteral("Max voltage"));
    QCOMPARE(fieldwords::label(QStringLiteral("evse_id")), QStringLiteral("EVSE ID"));
    QCOMPARE(fieldwords::label(QStringLiteral("some_future_field")), QStringLiteral("Some future field"));
    QCOMPARE(fieldwords::problem(QStringLiteral("required field is missing")), QStringLiteral("Required."));
    QCOMPARE(fieldwords::problem(QStringLiteral("46 characters, at most 45 allowed")), QStringLiteral("At most 45 characters."));
    QCOMPARE(fieldwords::problem(QStringLiteral("\"BROKEN\" is not a valid Status")), QStringLiteral("Choose one of the listed values."));
    QCOMPARE(fieldwords::problem(QStringLiteral("expected int, got string")), QStringLiteral("Enter a whole number."));
    QCOMPARE(fieldwords::problem(QStringLiteral("expected number, got string")), QStringLiteral("Enter a number."));
    QCOMPARE(fieldwords::problem(QStringLiteral("list must not be empty")), QStringLiteral("Add at least one."));
    const QString unmapped = QStringLiteral("\"Mars/Olympus\" is not a time zone of the IANA tz database");
    QCOMPARE(fieldwords::problem(unmapped), unmapped);
}

QTEST_MAIN(TstObjectForms)
#include "tst_objectforms.moc"
