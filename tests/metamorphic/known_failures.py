"""The cases that cannot pass yet, each with its reason: {(variant, sample): reason}. The test
fails when a listed case passes (take it out) or an unlisted one fails, so this table is always
exactly what the command does not yet do. Reasons name the issue point that will make them pass,
or say "reader bug" where the command reads something wrong today."""

# --- (f) header row deleted ---------------------------------------------------------------------
HEADERLESS_DISPLACED_HEADER = (
    "reader: this 晋中 form's own header is off its columns (绩效目标 | 实现情况 split over A:B, so "
    "绩效指标(二级) stands over the names in C and 绩效指标(三级) over D, which the rows leave "
    "empty; 目标值 over E, 实际完成指标值 over F). Without that header the canonical order (name C, "
    "target D, actual E, completion F) reads E as the actual value and F as the completion, not "
    "what the original's header says")

JINZHONG_PROJECTS = [
    "000_project_出口信用保险保费补助资金.xlsx",
    "002_project_招商引资专项经费.xlsx",
    "002_project_招商引资工作经费.xlsx",
    "003_project_企业技术创新奖励补助.xlsx",
    "003_project_优势企业转型项目信息化平台.xlsx",
    "003_project_新动能专项资金.xlsx",
    "multi_sheet/002_all_晋中市招商引资服务中心.xlsx",
    "multi_sheet/003_all_晋中市工业和信息化局.xlsx",
]
PROJECTS_2023 = [
    "004_project_01_2023年市级“爱心消费券”专项资金.xlsx",
    "004_project_02_2023年遗属补助.xlsx",
    "004_project_03_变压器更换.xlsx",
    "004_project_04_出口信用保险.xlsx",
    "004_project_05_单位运转经费(原汽配办).xlsx",
    "004_project_06_进博会专项资金.xlsx",
    "004_project_07_晋城市冷冻冷藏肉品总仓委托运营管理综合服务费.xlsx",
    "004_project_08_晋城市商务局电子商务专项资金.xlsx",
    "004_project_09_晋城市商务局会议室装修工程.xlsx",
    "004_project_10_晋城市商务领域市场主体倍增项目奖励资金.xlsx",
    "004_project_11_晋城市乡村e镇工作项目.xlsx",
    "004_project_12_晋城市中心城区商业网点设施布局专项规划编制费用.xlsx",
]
PROJECT_2020 = ["001_project_服务外向型经济工作经费.xlsx", "multi_sheet/001_all_市对外经济贸易发展服务中心.xlsx"]
DEPARTMENTS = [
    "001_dept_市对外经济贸易发展服务中心.xlsx",
    "002_dept_晋中市招商引资服务中心.xlsx",
    "003_dept_晋中市工业和信息化局.xlsx",
]
FINAL_ACCOUNTS = "004_final_accounts_晋城市商务局2023年度部门决算公开.xlsx"
POLICY = "004_policy_eval_2023年度支持开发区建设发展专项资金项目重点评价报告.xlsx"
ALL_SAMPLES = JINZHONG_PROJECTS + PROJECTS_2023 + PROJECT_2020 + DEPARTMENTS + [FINAL_ACCOUNTS, POLICY]


def cases(variant, samples, reason):
    return {(variant, sample): reason for sample in samples}


KNOWN_FAILURES = {
    **cases("f_header_deleted", [JINZHONG_PROJECTS[3], JINZHONG_PROJECTS[7]], HEADERLESS_DISPLACED_HEADER),

    # (c) and (g) pass on every sample they apply to (001_dept has no block row of figures).
}

# One truth (issue 13 point 1): {(sample, sheet): reason} of forms whose recomputed total, the
# summary's 总分(复核) and what `fix` leaves differ, on the original and on every variant read
# as the original is.
# None left: fix writes arithmetic only by default and leaves a total on a 分值 scheme that does
# not add up to a person (docs/RULES-ONE-TRUTH.md), so 001 and 004_12 agree now.
KNOWN_DISAGREEMENTS = {}
