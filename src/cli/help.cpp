#include "cli/help.h"

#include <array>
#include <utility>

namespace evalbook::cli {

namespace {

constexpr std::string_view kMain =
    R"(evalbook — 预算绩效自评表、部门整体支出自评表和部门决算公开表的校验、更正与汇总

常用命令：
  evalbook check 文件或文件夹...
      逐个工作表识别是哪种标准表，复核其中的计算，逐格指出问题（错误/警告/提示）。
  evalbook fix 文件 -o 更正后.xlsx
      写出更正后的工作簿：能确定的计算错误改为复核值并标黄、加批注，另加“校验结果”工作表；
      原文件不变，其余内容原样保留。用 --in-place 替换原文件（原文件保留为 .bak）。
  evalbook summary 文件|文件夹|压缩包.zip... -o 汇总.xlsx
      汇总许多单位的工作簿：项目汇总、单位汇总、等级分布、问题清单、决算汇总、重复提交、
      无法读取。文件夹会逐层查找，.zip 压缩包直接读取。
  evalbook export 文件或文件夹... --format csv|json [-o 路径]
      导出记录：CSV（Excel 可直接打开）或 JSON。
  evalbook templates list
  evalbook templates blank 模板 -o 空白表.xlsx
      列出已知的标准表；生成一张空白标准表（含公式）。
  evalbook fill 模板 --data 记录.json -o 输出.xlsx
      把记录（export --format json 的结果）填入标准表。
  evalbook serve [--listen 127.0.0.1:8080] [--db sqlite:evalbook.db | --db postgresql://...]
      上传服务：单位上传工作簿，财政人员查看、审核、汇总（到 Ctrl-C 为止）。
  evalbook users add … | users token … | rounds add … | rounds edit …
      服务的账号、API 令牌与批次。

每个命令的详细用法：evalbook 命令 --help（例如 evalbook check --help）。
退出码：0 没有错误；1 发现错误；2 有文件无法读取或命令有误。
出错时的提示格式：evalbook: 错误[代码] 文件: 说明。

Developer section (English):
  evalbook dump FILE... [--sheet NAME|NUMBER] [--values|--formulas]
                                                every sheet as Excel displays it (TAB-separated)
  evalbook set FILE -o OUT CELL=VALUE... [--text]   a copy with the given cells changed
  evalbook scan INPUT...                        read every cell and print a tally (benchmark)
  evalbook --version
  Machine-readable outputs (check --format json, dump, set, summary, the service) are specified
  in CLI-CONTRACT.md, what evalbook adds to them in docs/CLI-CONTRACT-EXTENSIONS.md; exit codes
  0 ok, 1 error findings, 2 input unreadable or bad arguments.
)";

constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kCommands = {{
    {"check", R"(用法：evalbook check 文件或文件夹... [--format text|json] [--template 模板]
                    [--level error|warning|info]

逐个工作表识别是哪种标准表，读出其中的数据，复核每一项计算，逐格指出问题。
文件夹会逐层查找其中的 .xlsx；Excel 打开文件时留下的 ~$ 临时文件会跳过并注明。
  --format text   给人看的结果（默认）
  --format json   给程序读的结果（格式见 CLI-CONTRACT.md）
  --template 模板  不自动识别，按指定模板读取（模板编号见 evalbook templates list）
  --level 级别     只列出该级别及更严重的问题：error 只列错误，warning 列错误和警告（默认 info 全列）
退出码：0 没有错误；1 发现错误；2 有文件无法读取。
)"},
    {"fix", R"(用法：evalbook fix 文件 -o 更正后.xlsx [--apply-rules] [--template 模板]
      evalbook fix 文件 --in-place

写出更正后的工作簿：能确定的计算错误改为复核值并标黄、加批注，另加“校验结果”工作表。
  --apply-rules   按评分规则算出的得分也一并写入（默认只改算术错误）
原文件不变；输出文件不能是输入文件本身。--in-place 替换原文件，原文件保留为 文件.bak。
工作簿里没有已知的标准表时不写任何文件。
)"},
    {"summary",
     R"(用法：evalbook summary 文件|文件夹|压缩包.zip... -o 汇总.xlsx [--title 标题] [--jobs N]

把许多单位的工作簿汇总成一个 Excel 工作簿（输出文件名须以 .xlsx 结尾）：
项目汇总、单位汇总、等级分布、问题清单、决算汇总、重复提交、无法读取。
文件夹逐层查找，.zip 压缩包直接读取；同一项目重复提交只计一次，以修改时间最新的文件为准。
问题清单先列错误，再列警告、提示。
  --title 标题   汇总表标题的开头，例如 --title 2024年第一批（默认：各表共同的年度）
  --jobs N       同时读取的线程数（默认：全部处理器核）
)"},
    {"export",
     R"(用法：evalbook export 文件或文件夹... --format csv|json [-o 路径] [--headers 中文|field]

导出记录。CSV：在“路径”文件夹（默认当前文件夹）写出 forms.csv、indicators.csv 等，
UTF-8 带 BOM，Excel 可直接打开。JSON：写到标准输出或 -o 指定的文件，可交给 evalbook fill。
)"},
    {"fill", R"(用法：evalbook fill 模板 --data 记录.json -o 输出.xlsx [--form N] [--protect]

把记录填入标准表。记录.json 可以是一条记录，也可以是 evalbook export --format json 的结果：
其中每张表各写成一个工作表，或用 --form N 只写第 N 张（从 1 数起）。
记录属于别的模板时拒绝填写。--data - 从标准输入读取。
)"},
    {"templates", R"(用法：evalbook templates list
      evalbook templates blank 模板 -o 空白表.xlsx [--protect]

列出已知的标准表（编号、类别、地区、年度、表名）；或生成一张空白标准表（含公式与下拉选项）。
)"},
    {"dump", R"(usage: evalbook dump FILE... [--sheet NAME|NUMBER] [--values | --formulas]

Developer: prints every sheet as Excel displays it, one line per row, TAB between cells
(CLI-CONTRACT.md "dump"); reads .xlsx and legacy .xls/.et alike. --values: the values as
stored (no number format; numbers in their shortest round-trip form). --formulas: a formula
cell as its formula (=SUM(B3:B9)), as the .xlsx stores it; an .xls formula whose tokens are not
understood shows its cached value.
)"},
    {"set", R"(usage: evalbook set FILE -o OUT CELL=VALUE... [--text]

Developer: writes a copy of FILE with the given cells changed and nothing else: C5=12.5 (first
sheet) or 'Sheet name'!C5=text; --text forces text (CLI-CONTRACT.md "set").
)"},
    {"rounds", R"(usage: evalbook rounds add NAME --year YYYY [--units CODE[-NAME],...]
                           [--templates ID,...] [--deadline YYYY-MM-DD] [--db DB]
       evalbook rounds edit ID [--name NAME] [--year YYYY] [--units CODE[-NAME],...]
                           [--templates ID,...] [--deadline YYYY-MM-DD] [--db DB]

Administration: adds a round of the service, or changes an existing one (the fields given are
replaced, the others kept; --deadline "" removes the deadline, --units replaces the expected
units). The fields and checks are those of the admin API (docs/SERVICE-API.md): a name, a year
from 1990 to 2200, a deadline as YYYY-MM-DD, known template ids (evalbook templates list);
units as the forms write them, "259001-晋城市商务局" (the name is kept) or the code alone.
Prints the round's id. --db as for serve (default sqlite:evalbook.db). Messages are in Chinese.
)"},
    {"serve",
     R"(用法：evalbook serve [--listen 主机:端口] [--db sqlite:文件.db | --db postgresql://用户@主机:端口/库]
                      [--web 文件夹] [--job-lease 秒] [--behind-tls] [--threads N]
                      [--connections-per-address N] [--uploads N] [--uploads-per-address N] [--jobs N]

上传服务：单位上传工作簿，财政人员查看、审核、汇总，到 Ctrl-C 为止。
  --listen 主机:端口   监听的地址（默认 127.0.0.1:8080；端口 0 表示任取一个空闲端口，启动时打印）
  --port 端口          只改端口
  --db 数据库          默认 sqlite:evalbook.db；多台服务器共用一个 PostgreSQL
  --web 文件夹         网页文件所在的文件夹（默认随程序安装的 web）
  --job-lease 秒       后台汇总任务的租期（默认 30），服务器中断后由其他服务器接手
  --behind-tls         经 HTTPS 反向代理提供服务：会话 Cookie 加 Secure
  --threads N          处理请求的线程数（默认 32，每个打开的连接占一个）
  --connections-per-address N  每个地址可同时打开的连接数（默认 16；同一出口的办公室共用）
  --uploads N          可同时处理的上传数（默认 8）
  --uploads-per-address N      其中每个地址可占的上传数（默认 4，不超过 --uploads）
  --jobs N             可同时运行的后台汇总任务数（默认 2）
接口见 CLI-CONTRACT.md 与 docs/SERVICE-API.md。
)"},
    {"users",
     R"(用法：evalbook users add 用户名 --role unit|finance|admin [--unit 单位代码] --password-stdin [--db 数据库]
      evalbook users token 用户名 [--db 数据库]

服务的账号。add 从标准输入读取密码（一行），打印新账号的编号；
token 为账号签发一个 API 令牌（Authorization: Bearer 令牌），只打印这一次。
)"},
    {"scan", R"(usage: evalbook scan INPUT...

Developer: reads every cell of each .xlsx (or of a folder of them) and prints
"cells=N nums=N sum=S strs=N other=N" (the benchmark task).
)"},
}};

}  // namespace

std::string_view main_help() { return kMain; }

std::optional<std::string_view> command_help(std::string_view command) {
  for (const auto& [name, text] : kCommands) {
    if (name == command) return text;
  }
  return std::nullopt;
}

std::span<const std::string_view> command_names() {
  static constexpr std::array<std::string_view, 12> kNames = {
      "check", "fix", "summary", "export", "fill",  "templates",
      "dump",  "set", "scan",    "serve",  "users", "rounds"};
  return kNames;
}

}  // namespace evalbook::cli
