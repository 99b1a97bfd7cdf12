// Dashboard: what is left to collect, what is overdue, this month's revenue, the invoices to remind
// today, revenue per month as a bar chart, the next recurring invoices and the recent documents.
#pragma once

#include "app/session.h"
#include "core/reports.h"
#include "ui/i18n.h"
#include "ui/navigator.h"

namespace facturier::ui {

struct DashboardFigures {
    std::int64_t toCollect = 0;   // balance of issued invoices
    std::int64_t overdue = 0;     // balance past the due date
    int overdueCount = 0;
    std::int64_t revenueMonth = 0;  // tax basis of invoices issued this month, minus credit notes
};
DashboardFigures dashboardFigures(const Workspace& ws, Date today);
DashboardFigures dashboardFigures(const Workspace& ws, Date today, const std::vector<DocumentFigures>& figures);

class DashboardView {
public:
    // Returns true when the user asked for sample data.
    bool draw(app::Session& session, const Translator& tr, Navigator& nav);

private:
    DashboardFigures figures_;        // recomputed when the workspace or the day changes
    Reports reports_;
    std::size_t remindersToday_ = 0;
    std::vector<UpcomingInvoice> upcoming_;
    std::uint64_t figuresRevision_ = 0;
    Date figuresDay_;
};

}  // namespace facturier::ui
