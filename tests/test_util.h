// Small helpers the end-to-end tests share: reading a file whole and capturing what a
// shell command prints.
#pragma once

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace newsclaims::testing {

inline std::string Slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// What `cmd` (run by /bin/sh) writes to stdout.
inline std::string ShellOutput(const std::string& cmd) {
  std::string out;
  std::unique_ptr<FILE, int (*)(FILE*)> p(popen(cmd.c_str(), "r"), pclose);
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p.get())) > 0) out.append(buf, n);
  return out;
}

// The lines `cmd` writes to stdout, without their newlines.
inline std::vector<std::string> ShellLines(const std::string& cmd) {
  std::vector<std::string> lines;
  std::istringstream in(ShellOutput(cmd));
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

}  // namespace newsclaims::testing
