// Native timing of the PDF renderer for bench/pdf.sh: one JSON line in the anchors' harness format.
// Usage: bench_pdf DOCUMENT.json N WARMUP OUT.pdf
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <sys/resource.h>
#include <algorithm>
#include <vector>

#include "app/exports.h"
#include "io/json_codec.h"

using namespace facturier;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
    if (argc != 5) { std::cerr << "usage: bench_pdf DOCUMENT.json N WARMUP OUT.pdf\n"; return 2; }
    std::ifstream in(argv[1]);
    std::stringstream ss;
    ss << in.rdbuf();
    int n = std::stoi(argv[2]), warmup = std::stoi(argv[3]);
    auto t0 = Clock::now();
    auto decoded = io::decodeDocument(ss.str());
    if (!decoded.ok()) { std::cerr << decoded.error().text() << "\n"; return 1; }
    Document doc = decoded.get();
    Workspace none;
    auto first = app::documentPdf(none, doc);
    double coldMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    if (!first.ok) { std::cerr << first.error << "\n"; return 1; }
    std::ofstream(argv[4], std::ios::binary).write(reinterpret_cast<const char*>(first.bytes.data()), static_cast<std::streamsize>(first.bytes.size()));
    std::string base = doc.number;
    for (int i = 1; i <= warmup; ++i) { doc.number = base + "-" + std::to_string(i); app::documentPdf(none, doc); }
    std::vector<double> per;
    auto start = Clock::now();
    for (int i = 0; i < n; ++i) {
        doc.number = base.substr(0, base.size() - 4) + std::to_string(1000 + i);
        auto t = Clock::now();
        auto r = app::documentPdf(none, doc);
        per.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t).count());
    }
    double warmMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count() / n;
    std::sort(per.begin(), per.end());
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    std::cout << "{\"name\":\"facturier-native\",\"version\":\"" << FACTURIER_VERSION << " native\",\"importMs\":0,\"coldMs\":" << coldMs
              << ",\"warmMs\":" << warmMs << ",\"p50Ms\":" << per[per.size() / 2] << ",\"p95Ms\":" << per[per.size() * 95 / 100]
              << ",\"cpuMsPerDoc\":" << warmMs << ",\"N\":" << n << ",\"warmup\":" << warmup << ",\"pdfBytes\":" << first.bytes.size()
              << ",\"pdfBytesMin\":" << first.bytes.size() << ",\"pdfBytesMax\":" << first.bytes.size()
              << ",\"peakRssMB\":" << ru.ru_maxrss / 1024.0 << ",\"baselineRssMB\":0,\"node\":\"\"}\n";
    return 0;
}
