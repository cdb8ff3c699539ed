// A local HTTP server for bench/fetch_bench.sh: serves /page/N.html (small news-like
// pages, N < --pages) from memory with cpp-httplib, so fetch throughput is measured
// without the internet. Prints its port on stdout, then serves until killed.
#include <httplib.h>

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
  int pages = argc > 1 ? std::atoi(argv[1]) : 2000;
  std::string body = "<html><head><title>Bench page</title></head><body><article>";
  for (int i = 0; i < 40; ++i) body += "<p>The council said on Tuesday that it would ban scooters from the park.</p>";
  body += "</article></body></html>";
  httplib::Server svr;
  svr.new_task_queue = [] { return new httplib::ThreadPool(16); };
  svr.Get(R"(/page/(\d+)\.html)", [&](const httplib::Request& q, httplib::Response& r) {
    if (std::atoi(q.matches[1].str().c_str()) >= pages) {
      r.status = 404;
      return;
    }
    r.set_content(body, "text/html; charset=utf-8");
  });
  svr.Get("/robots.txt", [](const httplib::Request&, httplib::Response& r) { r.set_content("User-agent: *\n", "text/plain"); });
  int port = svr.bind_to_any_port("127.0.0.1");
  std::printf("%d\n", port);
  std::fflush(stdout);
  svr.listen_after_bind();
}
