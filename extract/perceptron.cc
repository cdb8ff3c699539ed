#include "extract/perceptron.h"

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace newsclaims::extract {
namespace {

constexpr char kMagic[8] = {'N', 'C', 'P', 'M', '1', 0, 0, 0};

uint64_t Fnv(uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

uint64_t Mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h ? h : 1;  // 0 marks an empty slot
}

class GzFile {
 public:
  GzFile(const std::string& path, const char* mode) : f_(gzopen(path.c_str(), mode)) {}
  ~GzFile() {
    if (f_) gzclose(f_);
  }
  bool ok() const { return f_ != nullptr; }
  bool Read(void* p, unsigned n) { return gzread(f_, p, n) == static_cast<int>(n); }
  bool Write(const void* p, unsigned n) { return gzwrite(f_, p, n) == static_cast<int>(n); }
  template <typename T>
  bool Get(T& v) { return Read(&v, sizeof v); }
  template <typename T>
  bool Put(const T& v) { return Write(&v, sizeof v); }

 private:
  gzFile f_;
};

}  // namespace

void FeatureSet::Add(std::string_view name, std::string_view value) {
  ids_.push_back(Mix(Fnv(Fnv(14695981039346656037ull, name) ^ 0x1f, value)));
}

void FeatureSet::Add(std::string_view name, std::string_view v1, std::string_view v2) {
  ids_.push_back(Mix(Fnv(Fnv(Fnv(14695981039346656037ull, name) ^ 0x1f, v1) ^ 0x1e, v2)));
}

Status PerceptronModel::Load(const std::string& path) {
  GzFile f(path, "rb");
  if (!f.ok()) return Status::Error("missing_data", "cannot read model " + path);
  auto bad = [&] { return Status::Error("bad_data", "corrupt model file " + path); };
  char magic[8];
  if (!f.Read(magic, 8) || std::memcmp(magic, kMagic, 8) != 0) return bad();
  uint32_t n_labels = 0;
  if (!f.Get(n_labels) || n_labels == 0 || n_labels > 255) return bad();
  labels_.clear();
  for (uint32_t i = 0; i < n_labels; ++i) {
    uint16_t len = 0;
    if (!f.Get(len)) return bad();
    std::string s(len, '\0');
    if (len && !f.Read(s.data(), len)) return bad();
    labels_.push_back(std::move(s));
  }
  uint32_t n_features = 0;
  if (!f.Get(n_features) || n_features > (1u << 26)) return bad();
  size_t cap = 16;
  while (cap < 2 * static_cast<size_t>(n_features)) cap <<= 1;
  slots_.assign(cap, Slot());
  mask_ = cap - 1;
  weights_.clear();
  for (uint32_t i = 0; i < n_features; ++i) {
    uint64_t key = 0;
    uint8_t count = 0;
    if (!f.Get(key) || !f.Get(count) || key == 0) return bad();
    Slot s{key, static_cast<uint32_t>(weights_.size()), count};
    for (uint8_t j = 0; j < count; ++j) {
      Weight w;
      if (!f.Get(w.label) || !f.Get(w.value) || w.label >= n_labels) return bad();
      weights_.push_back(w);
    }
    size_t at = key & mask_;
    while (slots_[at].key != 0) at = (at + 1) & mask_;
    slots_[at] = s;
  }
  return Status::OK();
}

int PerceptronModel::Predict(const FeatureSet& features, std::vector<float>* scores) const {
  float local[256];
  size_t n = labels_.size();
  std::fill(local, local + n, 0.0f);
  for (uint64_t key : features.ids()) {
    size_t at = key & mask_;
    while (true) {
      const Slot& s = slots_[at];
      if (s.key == key) {
        for (uint32_t j = 0; j < s.count; ++j) {
          const Weight& w = weights_[s.offset + j];
          local[w.label] += w.value;
        }
        break;
      }
      if (s.key == 0) break;
      at = (at + 1) & mask_;
    }
  }
  local[0] += outside_bias_;
  int best = 0;
  for (size_t i = 1; i < n; ++i)
    if (local[i] > local[best]) best = static_cast<int>(i);
  if (scores) scores->assign(local, local + n);
  return best;
}

int PerceptronModel::LabelIndex(std::string_view label) const {
  for (size_t i = 0; i < labels_.size(); ++i)
    if (labels_[i] == label) return static_cast<int>(i);
  return -1;
}

PerceptronTrainer::PerceptronTrainer(std::vector<std::string> labels) : labels_(std::move(labels)) {}

int PerceptronTrainer::Predict(const FeatureSet& features) const {
  std::vector<float> scores(labels_.size(), 0.0f);
  for (uint64_t key : features.ids()) {
    auto it = rows_.find(key);
    if (it == rows_.end()) continue;
    for (size_t i = 0; i < scores.size(); ++i) scores[i] += it->second.w[i];
  }
  int best = 0;
  for (size_t i = 1; i < scores.size(); ++i)
    if (scores[i] > scores[best]) best = static_cast<int>(i);
  return best;
}

void PerceptronTrainer::Update(int truth, int guess, const FeatureSet& features) {
  ++instances_;
  for (uint64_t key : features.ids()) {
    Row& r = rows_[key];
    if (r.w.empty()) {
      r.w.assign(labels_.size(), 0.0f);
      r.total.assign(labels_.size(), 0.0f);
      r.stamp.assign(labels_.size(), 0);
    }
    ++r.count;
    if (truth == guess) continue;
    for (int label : {truth, guess}) {
      float delta = label == truth ? 1.0f : -1.0f;
      r.total[label] += static_cast<double>(instances_ - r.stamp[label]) * r.w[label];
      r.stamp[label] = instances_;
      r.w[label] += delta;
    }
  }
}

Status PerceptronTrainer::Save(const std::string& path, int min_count) const {
  GzFile f(path, "wb9");
  if (!f.ok()) return Status::IOError("cannot write " + path);
  f.Write(kMagic, 8);
  f.Put(static_cast<uint32_t>(labels_.size()));
  for (const auto& l : labels_) {
    f.Put(static_cast<uint16_t>(l.size()));
    f.Write(l.data(), static_cast<unsigned>(l.size()));
  }
  // Deterministic order: sort keys.
  std::vector<uint64_t> keys;
  for (const auto& [k, r] : rows_)
    if (r.count >= min_count) keys.push_back(k);
  std::sort(keys.begin(), keys.end());
  std::vector<std::pair<uint8_t, float>> kept;
  std::vector<std::pair<uint64_t, std::vector<std::pair<uint8_t, float>>>> out;
  for (uint64_t k : keys) {
    const Row& r = rows_.at(k);
    kept.clear();
    for (size_t i = 0; i < labels_.size(); ++i) {
      double total = r.total[i] + static_cast<double>(instances_ - r.stamp[i]) * r.w[i];
      float avg = static_cast<float>(total / static_cast<double>(instances_));
      if (std::fabs(avg) >= 1e-7f) kept.push_back({static_cast<uint8_t>(i), avg});
    }
    if (!kept.empty()) out.push_back({k, kept});
  }
  f.Put(static_cast<uint32_t>(out.size()));
  for (const auto& [k, ws] : out) {
    f.Put(k);
    f.Put(static_cast<uint8_t>(ws.size()));
    for (const auto& [label, w] : ws) {
      f.Put(label);
      f.Put(w);
    }
  }
  return Status::OK();
}

}  // namespace newsclaims::extract
