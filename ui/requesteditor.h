#pragma once
// Request template editor: method, path, body template with {{prompt}}, streaming, timeouts, transport.

#include "core/plan/planio.h"
#include "core/plan/testplan.h"
#include "ui/fieldissues.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace plateau {

class RequestEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RequestEditor(QWidget *parent = nullptr);

    void setRequest(const RequestTemplate &request); // no changed()
    RequestTemplate request() const;
    void setIssues(const std::vector<PlanIssue> &issues);

signals:
    void changed();

private:
    void onEdited();
    void updateHttp2();

    bool m_loading = false;
    RequestTemplate m_base;
    QComboBox *m_method = nullptr;
    QLineEdit *m_path = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QComboBox *m_bodyPreset = nullptr;
    QCheckBox *m_stream = nullptr;
    QDoubleSpinBox *m_connectTimeout = nullptr, *m_idleTimeout = nullptr, *m_totalTimeout = nullptr;
    QComboBox *m_transport = nullptr;
    QCheckBox *m_http2 = nullptr;
    QLabel *m_transportCaveat = nullptr;
    FieldIssues m_issues;
};

} // namespace plateau
