#include "trafficfilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

#include <algorithm>

namespace ocpi {

namespace {

QComboBox *makeBox(const QString &all, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(all, QString());
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

QLineEdit *makeStatusEdit(const QString &placeholder, const QString &tooltip, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(tooltip);
    edit->setAccessibleName(placeholder);
    edit->setClearButtonEnabled(true);
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    return edit;
}

} // namespace

TrafficFilterBar::TrafficFilterBar(QWidget *parent) : QWidget(parent)
{
    m_partner = makeBox(tr("All partners"), tr("Partner"), this);
    m_module = makeBox(tr("All modules"), tr("Module"), this);
    for (const QString &module : trafficurl::knownModules())
        m_module->addItem(module, module);
    m_direction = makeBox(tr("Both directions"), tr("Direction"), this);
    m_direction->addItem(tr("Incoming"), QStringLiteral("in"));
    m_direction->addItem(tr("Outgoing"), QStringLiteral("out"));
    m_method = makeBox(tr("All methods"), tr("Method"), this);
    for (const char *method : {"GET", "POST", "PUT", "PATCH", "DELETE"})
        m_method->addItem(QString::fromLatin1(method), QString::fromLatin1(method));
    m_httpStatus = makeStatusEdit(tr("HTTP status"), tr("One status (404) or a class (4xx)"), this);
    m_ocpiStatus = makeStatusEdit(tr("OCPI status"), tr("One status (2001) or a class (2xxx)"), this);
    m_errorsOnly = new QCheckBox(tr("Errors only"), this);
    m_errorsOnly->setToolTip(tr("HTTP 4xx and 5xx, OCPI statuses other than 1xxx, and calls that got no answer"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_partner, m_module, m_direction, m_method, m_httpStatus,
                                                       m_ocpiStatus, m_errorsOnly})
        layout->addWidget(w);
    layout->addStretch(1);

    for (QComboBox *box : {m_partner, m_module, m_direction, m_method})
        connect(box, &QComboBox::currentIndexChanged, this, &TrafficFilterBar::onChanged);
    for (QLineEdit *edit : {m_httpStatus, m_ocpiStatus})
        connect(edit, &QLineEdit::textChanged, this, &TrafficFilterBar::onChanged);
    connect(m_errorsOnly, &QCheckBox::toggled, this, &TrafficFilterBar::onChanged);
}

std::optional<StatusRange> TrafficFilterBar::statusOf(QLineEdit *edit) const
{
    const QString text = edit->text().trimmed();
    const auto range = text.isEmpty() ? std::nullopt : StatusRange::parse(text);
    const bool invalid = !text.isEmpty() && !range;
    // An unreadable status narrows nothing until it is fixed; the edit says so.
    edit->setStyleSheet(invalid ? QStringLiteral("QLineEdit { color: #b02020; }") : QString());
    edit->setToolTip(invalid ? tr("'%1' is not a status: write one (404) or a class (4xx)").arg(text)
                             : edit->placeholderText());
    return range;
}

TrafficFilter TrafficFilterBar::filter() const
{
    TrafficFilter f;
    f.partner = m_partner->currentData().toString();
    f.module = m_module->currentData().toString();
    const QString direction = m_direction->currentData().toString();
    if (!direction.isEmpty())
        f.direction = direction == QLatin1String("out") ? TrafficRecord::Direction::Outgoing
                                                        : TrafficRecord::Direction::Incoming;
    f.method = m_method->currentData().toString();
    f.httpStatus = statusOf(m_httpStatus);
    f.ocpiStatus = statusOf(m_ocpiStatus);
    f.errorsOnly = m_errorsOnly->isChecked();
    return f;
}

void TrafficFilterBar::setPartners(const QStringList &partners)
{
    const QString current = m_partner->currentData().toString();
    const QSignalBlocker block(m_partner);
    while (m_partner->count() > 1)
        m_partner->removeItem(1);
    for (const QString &partner : partners)
        m_partner->addItem(partner, partner);
    // The chosen partner stays chosen, even when the log no longer holds it.
    int index = m_partner->findData(current);
    if (index < 0 && !current.isEmpty()) {
        m_partner->addItem(current, current);
        index = m_partner->count() - 1;
    }
    m_partner->setCurrentIndex(std::max(index, 0));
}

void TrafficFilterBar::onChanged()
{
    const TrafficFilter now = filter();
    // Typing "4" then "4x" then "4xx": only readable changes reload the list.
    if (now == m_last)
        return;
    m_last = now;
    emit filterChanged(now);
}

} // namespace ocpi
