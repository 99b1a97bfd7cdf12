// Reports: receivables, DSO (with its definition), collection rate, revenue per month as a bar chart,
// collections per week, aged balance per client, revenue per client, VAT per period and rate for the
// return, and a 3-month cash forecast. Figures come from core/reports, recomputed when data changes.
#pragma once

#include <string>

#include "app/session.h"
#include "core/reports.h"
#include "ui/i18n.h"
#include "ui/navigator.h"

namespace facturier::ui {

// A bar chart drawn with ImGui's draw list: one bar per value, its label under it, the value of the
// hovered bar in a tooltip; negative values go below the axis. `name` marks it for the tests.
void barChart(const char* name, const std::vector<std::string>& labels, const std::vector<std::int64_t>& values,
              const Currency& currency, Locale locale, float height);

class ReportsView {
public:
    void draw(app::Session& session, const Translator& tr, Navigator& nav);

private:
    void headline(const Translator& tr);
    void charts(const Translator& tr);
    void agedBalance(const Translator& tr);
    void perClient(const Translator& tr);
    void vat(const app::Session& session, const Translator& tr);
    void forecast(const Translator& tr);

    Reports reports_;
    std::uint64_t revision_ = 0;
    Date day_;
    int vatPeriod_ = 1;        // 0 month, 1 quarter, 2 year
    int vatOffset_ = 0;        // periods before the current one
    int vatBasis_ = -1;        // −1: as the seller's profile says; else VatBasis
};

}  // namespace facturier::ui
