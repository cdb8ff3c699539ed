// Ordered parallel record processing with bounded memory; tested by stage_runner_test.cc.
#include "common/stage_runner.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "common/progress.h"

namespace newsclaims {

std::string ProcessItem(const StageOptions& options, WorkItem& item, const RecordFn& fn, bool* is_error) {
  *is_error = true;
  if (!item.error.ok()) {
    std::string id = SalvageId(item.line);
    return DumpRecord(ErrorRecord(id.empty() ? StableId(item.origin) : id, options.stage, item.error));
  }
  Json input;
  if (item.record) {
    input = std::move(*item.record);
  } else {
    Status s = ParseRecord(item.line, options.limits, &input);
    if (!s.ok()) {
      std::string id = SalvageId(item.line);
      return DumpRecord(ErrorRecord(id.empty() ? StableId(item.origin) : id, options.stage, s));
    }
    std::string().swap(item.line);  // the parsed record owns the data now
  }
  std::string id = RecordId(input, item.origin);
  if (IsErrorRecord(input) && options.pass_errors) {
    input["id"] = id;
    return DumpRecord(input);
  }
  Json output;
  try {
    auto deadline = std::chrono::steady_clock::now() +
                    std::chrono::microseconds(static_cast<long long>(options.record_seconds * 1e6));
    RecordContext ctx(deadline);
    output = fn(input, id, ctx);
  } catch (const std::bad_alloc&) {
    output = ErrorRecord(id, options.stage, Status::Error("out_of_memory", "record needed too much memory"), &input);
  } catch (const std::exception& e) {
    output = ErrorRecord(id, options.stage, Status::Error("internal_error", e.what()), &input);
  }
  *is_error = IsErrorRecord(output);
  return DumpRecord(output);
}

namespace {

// Shared state of one parallel run: a window of in-flight items indexed by sequence number.
struct Pipeline {
  std::mutex mu;
  std::condition_variable work_ready, result_ready, space_ready;
  std::deque<std::pair<size_t, WorkItem>> queue;
  std::deque<std::optional<std::pair<std::string, bool>>> results;  // results[i] is seq written_+i
  size_t written = 0;
  size_t read = 0;
  bool input_done = false;
};

bool WriteLine(std::FILE* out, const std::string& line) {
  if (std::fwrite(line.data(), 1, line.size(), out) != line.size()) return false;
  return std::fputc('\n', out) != EOF;
}

}  // namespace

StageSummary RunStage(const StageOptions& options, std::vector<std::unique_ptr<RecordSource>> sources,
                      const RecordFn& fn, std::FILE* out) {
  StageSummary summary;
  Progress progress(options.stage, options.progress);
  int threads = options.threads > 0 ? options.threads : static_cast<int>(std::thread::hardware_concurrency());
  if (threads < 1) threads = 1;

  auto emit = [&](const std::string& line, bool is_error) {
    if (!summary.output_failed && !WriteLine(out, line)) summary.output_failed = true;
    ++summary.records;
    summary.errors += is_error;
    progress.Update(summary.records, summary.errors);
  };

  if (threads == 1) {
    WorkItem item;
    for (auto& source : sources) {
      while (source->Next(&item)) {
        bool is_error;
        std::string line = ProcessItem(options, item, fn, &is_error);
        emit(line, is_error);
        if (summary.output_failed) break;
      }
    }
    std::fflush(out);
    progress.Finish(summary.records, summary.errors);
    return summary;
  }

  Pipeline p;
  const size_t window = static_cast<size_t>(threads) * 4;
  auto worker = [&] {
    for (;;) {
      std::pair<size_t, WorkItem> job;
      {
        std::unique_lock<std::mutex> lock(p.mu);
        p.work_ready.wait(lock, [&] { return !p.queue.empty() || p.input_done; });
        if (p.queue.empty()) return;
        job = std::move(p.queue.front());
        p.queue.pop_front();
      }
      bool is_error;
      std::string line = ProcessItem(options, job.second, fn, &is_error);
      {
        std::lock_guard<std::mutex> lock(p.mu);
        p.results[job.first - p.written] = std::make_pair(std::move(line), is_error);
      }
      p.result_ready.notify_one();
    }
  };
  auto writer = [&] {
    for (;;) {
      std::pair<std::string, bool> next;
      {
        std::unique_lock<std::mutex> lock(p.mu);
        p.result_ready.wait(lock, [&] {
          return (!p.results.empty() && p.results.front()) || (p.input_done && p.written == p.read);
        });
        if (p.results.empty() || !p.results.front()) return;
        next = std::move(*p.results.front());
        p.results.pop_front();
        ++p.written;
      }
      p.space_ready.notify_one();
      emit(next.first, next.second);
    }
  };

  std::vector<std::thread> pool;
  for (int i = 0; i < threads; ++i) pool.emplace_back(worker);
  std::thread writer_thread(writer);
  WorkItem item;
  for (auto& source : sources) {
    while (source->Next(&item)) {
      std::unique_lock<std::mutex> lock(p.mu);
      p.space_ready.wait(lock, [&] { return p.read - p.written < window; });
      p.results.emplace_back();
      p.queue.emplace_back(p.read++, std::move(item));
      lock.unlock();
      p.work_ready.notify_one();
    }
  }
  {
    std::lock_guard<std::mutex> lock(p.mu);
    p.input_done = true;
  }
  p.work_ready.notify_all();
  p.result_ready.notify_all();
  for (auto& t : pool) t.join();
  p.result_ready.notify_all();
  writer_thread.join();
  std::fflush(out);
  progress.Finish(summary.records, summary.errors);
  return summary;
}

}  // namespace newsclaims
