// LocalServer: a cpp-httplib server on 127.0.0.1 (any free port) for tests that need HTTP.
// Register routes on `server`, call Start(), and the destructor stops it, also when a
// failed REQUIRE leaves the test early.
#pragma once

#include <httplib.h>

#include <chrono>
#include <string>
#include <thread>

namespace newsclaims::testing {

class LocalServer {
 public:
  LocalServer() : port_(server.bind_to_any_port("127.0.0.1")) {}
  ~LocalServer() {
    if (thread_.joinable()) {
      server.stop();
      thread_.join();
    }
  }
  void Start() {
    thread_ = std::thread([this] { server.listen_after_bind(); });
    while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  // "http://127.0.0.1:PORT"
  std::string base() const { return "http://127.0.0.1:" + std::to_string(port_); }

  httplib::Server server;

 private:
  int port_;
  std::thread thread_;
};

}  // namespace newsclaims::testing
