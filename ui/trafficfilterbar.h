#pragma once

#include "traffic/trafficfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace ocpi {

// The request log's filters: partner, module, direction, method, HTTP and OCPI status, errors only.
// Emits filterChanged() with what the operator chose; TrafficModel applies it in the store.
class TrafficFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit TrafficFilterBar(QWidget *parent = nullptr);

    TrafficFilter filter() const;
    // The partner choices (labels seen in the log); keeps the current choice.
    void setPartners(const QStringList &partners);

    QComboBox *partnerBox() const { return m_partner; }
    QComboBox *moduleBox() const { return m_module; }
    QComboBox *directionBox() const { return m_direction; }
    QComboBox *methodBox() const { return m_method; }
    QLineEdit *httpStatusEdit() const { return m_httpStatus; }
    QLineEdit *ocpiStatusEdit() const { return m_ocpiStatus; }
    QCheckBox *errorsOnlyBox() const { return m_errorsOnly; }

signals:
    void filterChanged(const ocpi::TrafficFilter &filter);

private:
    void onChanged();
    // A status edit's range; marks the edit when its text is no status.
    std::optional<StatusRange> statusOf(QLineEdit *edit) const;

    QComboBox *m_partner;
    QComboBox *m_module;
    QComboBox *m_direction;
    QComboBox *m_method;
    QLineEdit *m_httpStatus;
    QLineEdit *m_ocpiStatus;
    QCheckBox *m_errorsOnly;
    TrafficFilter m_last;
};

} // namespace ocpi
